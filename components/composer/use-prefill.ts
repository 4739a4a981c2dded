import { useEffect, useState } from 'react';
import { composerPath } from '@/utils/composer/composer-url';
import { takePendingPrefill } from '@/utils/composer/pending-prefill';
import { type Prefill, parsePrefill } from '@/utils/composer/prefill';

/** The last answer, so a re-run effect (React's strict mode) does not take the pending prefill twice. */
let last: { search: string; prefill: Promise<Prefill> } | undefined;

function readPrefill(search: string): Promise<Prefill> {
  if (new URLSearchParams(search).size > 0) return Promise.resolve(parsePrefill(search));
  return takePendingPrefill()
    .catch(() => undefined)
    .then((pending) => parsePrefill(pending ? (composerPath(pending).split('?')[1] ?? '') : ''));
}

/**
 * The URL's prefill; the toolbar popup has no query, so there the one an entry point left in
 * session storage, which is consumed when read.
 */
function readPrefillOnce(search: string): Promise<Prefill> {
  if (last?.search !== search) last = { search, prefill: readPrefill(search) };
  return last.prefill;
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
