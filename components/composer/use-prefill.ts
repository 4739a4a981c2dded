import { useEffect, useState } from 'react';
import { PREFILL_TOKEN_PARAM } from '@/utils/composer/composer-url';
import { POPUP_SLOT, takePendingPrefill } from '@/utils/composer/pending-prefill';
import { type Prefill, parsePrefill, prefillFromBackground } from '@/utils/composer/prefill';

/** The last answer, so a re-run effect (React's strict mode) does not take the pending prefill twice. */
let last: { search: string; prefill: Promise<Prefill> } | undefined;

/**
 * A `?prefill=<token>` names what the background left in session storage: the only trusted
 * handover. No query at all is the toolbar popup, which takes the one left for it. Any other query
 * came from whoever opened the URL, and is read as such (source 'url').
 */
function readPrefill(search: string): Promise<Prefill> {
  const query = new URLSearchParams(search);
  const token = query.get(PREFILL_TOKEN_PARAM);
  if (token === null && query.size > 0) return Promise.resolve(parsePrefill(search));
  return takePendingPrefill(token ?? POPUP_SLOT)
    .catch(() => undefined)
    .then(prefillFromBackground);
}

function readPrefillOnce(search: string): Promise<Prefill> {
  if (last?.search !== search) last = { search, prefill: readPrefill(search) };
  return last.prefill;
}

export function usePrefill(search: string): Prefill | undefined {
  const [prefill, setPrefill] = useState<Prefill>();
  useEffect(() => {
    let active = true;
    void readPrefillOnce(search).then((value) => active && setPrefill(value));
    return () => {
      active = false;
    };
  }, [search]);
  return prefill;
}
