import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type DraftPatch,
  editDraft,
  findKeptDrafts,
  openDraft,
  reconcileDraft,
  sameDraftContent,
} from '@/utils/composer/draft-lifecycle';
import {
  type Draft,
  type DraftDefaults,
  loadDrafts,
  saveDraft,
  watchDrafts,
} from '@/utils/composer/draft-store';
import type { Prefill } from '@/utils/composer/prefill';
import type { MessageRecord } from '@/utils/outbox/message-record';
import type { StoredData } from './use-stored-data';

/** This window's mark on the drafts it writes, so their echo from storage is not taken as news. */
const WINDOW_ID = crypto.randomUUID();

export type DraftControls = {
  draft: Draft | undefined;
  /** Other unsent drafts with text, newest first: kept, never re-aimed at this window's recipient. */
  kept: Draft[];
  update(patch: DraftPatch): void;
  /** Puts a whole new draft in place ("Send again"); `replaces` is the stored one it succeeds. */
  replace(draft: Draft, replaces?: string): void;
  /** Shows another stored draft here, as it is. */
  switchTo(draft: Draft): void;
  /** Applies what the outbox says about the draft's message; returns that message, if any. */
  settle(records: readonly MessageRecord[]): MessageRecord | undefined;
};

function defaultsFrom(data: StoredData): DraftDefaults {
  return { recipientKind: 'phone', from: data.settings.senderId };
}

/**
 * The draft survives the popup closing (it closes whenever focus leaves it): every change is
 * stored at once, and a change another composer window makes to this same draft shows up here.
 * Each window follows one draft by its id; other drafts are never touched from here.
 */
export function useDraft(
  data: StoredData | undefined,
  prefill: Prefill,
  onSettled: (record: MessageRecord) => void,
): DraftControls {
  const [draft, setDraft] = useState<Draft>();
  const [stored, setStored] = useState<Draft[]>([]);
  const latest = useRef<Draft | undefined>(undefined);
  const dataRef = useRef(data);
  dataRef.current = data;
  const onSettledRef = useRef(onSettled);
  onSettledRef.current = onSettled;
  const loading = useRef(false);

  const commit = useCallback((next: Draft, store: boolean, replaces?: string): void => {
    latest.current = next;
    setDraft(next);
    if (store) saveDraft({ ...next, writer: WINDOW_ID }, replaces).catch(() => undefined);
  }, []);

  /** The same message under a new id (sent, failed, edited after a send) succeeds the old one. */
  const commitSuccessor = useCallback(
    (next: Draft): void => {
      const previous = latest.current?.id;
      commit(next, true, previous !== next.id ? previous : undefined);
    },
    [commit],
  );

  const settle = useCallback(
    (records: readonly MessageRecord[]): MessageRecord | undefined => {
      const current = latest.current;
      const data = dataRef.current;
      if (!current || !data) return undefined;
      const reconciled = reconcileDraft(current, records, defaultsFrom(data), Date.now());
      if (reconciled.draft !== current) commitSuccessor(reconciled.draft);
      return reconciled.record;
    },
    [commitSuccessor],
  );

  // First load: the stored drafts, the prefill, then what the outbox knows.
  useEffect(() => {
    if (!data || loading.current) return;
    loading.current = true;
    void loadDrafts()
      .catch((): Draft[] => [])
      .then((drafts) => {
        setStored(drafts);
        const opened = openDraft(drafts, prefill, data.records, defaultsFrom(data), Date.now());
        commit(opened.draft, opened.changed, opened.replaces);
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
      watchDrafts((drafts) => {
        setStored(drafts);
        const current = latest.current;
        const incoming = drafts.find((candidate) => candidate.id === current?.id);
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
      commitSuccessor(editDraft(current, patch, dataRef.current?.records ?? [], Date.now()));
    },
    [commitSuccessor],
  );

  const replace = useCallback(
    (next: Draft, replaces?: string): void => commit(next, true, replaces),
    [commit],
  );
  const switchTo = useCallback((next: Draft): void => commit(next, false), [commit]);

  return {
    draft,
    kept: findKeptDrafts(stored, draft?.id, records ?? []),
    update,
    replace,
    switchTo,
    settle,
  };
}
