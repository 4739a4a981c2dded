import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type DraftPatch,
  editDraft,
  openDraft,
  reconcileDraft,
  sameDraftContent,
} from '@/utils/composer/draft-lifecycle';
import {
  type Draft,
  type DraftDefaults,
  loadDraft,
  saveDraft,
  watchDraft,
} from '@/utils/composer/draft-store';
import type { Prefill } from '@/utils/composer/prefill';
import type { MessageRecord } from '@/utils/outbox/message-record';
import type { StoredData } from './use-stored-data';

/** This window's mark on the drafts it writes, so their echo from storage is not taken as news. */
const WINDOW_ID = crypto.randomUUID();

export type DraftControls = {
  draft: Draft | undefined;
  update(patch: DraftPatch): void;
  /** Puts a whole new draft in place ("Send again"). */
  replace(draft: Draft): void;
  /** Applies what the outbox says about the draft's message; returns that message, if any. */
  settle(records: readonly MessageRecord[]): MessageRecord | undefined;
};

function defaultsFrom(data: StoredData): DraftDefaults {
  return { recipientKind: 'phone', from: data.settings.senderId };
}

/**
 * The draft survives the popup closing (it closes whenever focus leaves it): every change is
 * stored at once, and a change made in another composer window shows up here.
 */
export function useDraft(
  data: StoredData | undefined,
  prefill: Prefill,
  onSettled: (record: MessageRecord) => void,
): DraftControls {
  const [draft, setDraft] = useState<Draft>();
  const latest = useRef<Draft | undefined>(undefined);
  const dataRef = useRef(data);
  dataRef.current = data;
  const onSettledRef = useRef(onSettled);
  onSettledRef.current = onSettled;
  const loading = useRef(false);

  const commit = useCallback((next: Draft, store = true): void => {
    latest.current = next;
    setDraft(next);
    if (store) saveDraft({ ...next, writer: WINDOW_ID }).catch(() => undefined);
  }, []);

  const settle = useCallback(
    (records: readonly MessageRecord[]): MessageRecord | undefined => {
      const current = latest.current;
      const stored = dataRef.current;
      if (!current || !stored) return undefined;
      const reconciled = reconcileDraft(current, records, defaultsFrom(stored), Date.now());
      if (reconciled.draft !== current) commit(reconciled.draft);
      return reconciled.record;
    },
    [commit],
  );

  // First load: the stored draft (or a new one), the URL's prefill, then what the outbox knows.
  useEffect(() => {
    if (!data || loading.current) return;
    loading.current = true;
    loadDraft()
      .catch(() => undefined)
      .then((stored) => {
        const opened = openDraft(stored, prefill, data.records, defaultsFrom(data), Date.now());
        commit(opened.draft, opened.changed);
        if (opened.record) onSettledRef.current(opened.record);
      });
  }, [data, prefill, commit]);

  // The outbox changed: the draft's message may have been sent or failed while nobody watched.
  const records = data?.records;
  useEffect(() => {
    if (!records || !latest.current) return;
    const before = latest.current;
    const record = settle(records);
    if (record && latest.current !== before) onSettledRef.current(record);
  }, [records, settle]);

  useEffect(
    () =>
      watchDraft((incoming) => {
        const current = latest.current;
        if (
          !incoming ||
          !current ||
          incoming.writer === WINDOW_ID ||
          sameDraftContent(incoming, current)
        )
          return;
        commit(incoming, false);
      }),
    [commit],
  );

  const update = useCallback(
    (patch: DraftPatch): void => {
      const current = latest.current;
      if (!current) return;
      commit(editDraft(current, patch, dataRef.current?.records ?? [], Date.now()));
    },
    [commit],
  );

  return { draft, update, replace: commit, settle };
}
