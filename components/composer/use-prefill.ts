import { useEffect, useState } from 'react';
import { composerPath } from '@/utils/composer/composer-url';
import { takePendingPrefill } from '@/utils/composer/pending-prefill';
import { type Prefill, parsePrefill } from '@/utils/composer/prefill';

let once: Promise<Prefill> | undefined;

/**
 * The URL's prefill; the toolbar popup has no query, so there the one an entry point left in
 * session storage. Taken once per page: the pending prefill is consumed when read.
 */
function readPrefillOnce(search: string): Promise<Prefill> {
  once ??=
    new URLSearchParams(search).size > 0
      ? Promise.resolve(parsePrefill(search))
      : takePendingPrefill()
          .catch(() => undefined)
          .then((pending) =>
            parsePrefill(pending ? (composerPath(pending).split('?')[1] ?? '') : ''),
          );
  return once;
}

export function usePrefill(search: string): Prefill | undefined {
  const [prefill, setPrefill] = useState<Prefill>();
  useEffect(() => {
    let active = true;
    readPrefillOnce(search).then((value) => active && setPrefill(value));
    return () => {
      active = false;
    };
  }, [search]);
  return prefill;
}
