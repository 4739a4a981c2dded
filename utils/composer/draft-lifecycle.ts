import type { MessageRecord } from '@/utils/outbox/message-record';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { byRecency, createDraft, type Draft, type DraftDefaults, newDraftId } from './draft-store';
import {
  applyPrefill,
  hasContent,
  type Prefill,
  prefillRecipientKey,
  recipientKey,
} from './prefill';

export type DraftPatch = Partial<
  Pick<Draft, 'recipientKind' | 'phone' | 'contactId' | 'from' | 'message' | 'suggested'>
>;

/**
 * A change by the user. The id stays while no message carries it (two windows on one draft send
 * one SMS); once the outbox has a message with this id, an edit starts a new message, since the
 * background would answer the old id with the old message.
 */
export function editDraft(
  draft: Draft,
  patch: DraftPatch,
  records: readonly MessageRecord[],
  now: number,
  makeId: () => string = newDraftId,
): Draft {
  const submitted = records.some((record) => record.id === draft.id);
  const next = { ...draft, ...patch, ...(submitted && { id: makeId() }), updatedAt: now };
  // Emptied, the suggested text is gone: whatever comes next is the user's own.
  if (next.message.trim() === '') delete next.suggested;
  return next;
}

export type Reconciled = { draft: Draft; record?: MessageRecord };

/**
 * What the draft becomes once the outbox has its message, whether the answer came to this window,
 * to a window that closed, or later through the background:
 * - sent → a fresh draft (cleared only after a send);
 * - failed or cancelled → the same text under a new id, since that id is spent;
 * - still waiting → unchanged: sending it again returns the same message.
 */
export function reconcileDraft(
  draft: Draft,
  records: readonly MessageRecord[],
  defaults: DraftDefaults,
  now: number,
  makeId: () => string = newDraftId,
): Reconciled {
  const record = records.find((candidate) => candidate.id === draft.id);
  if (!record) return { draft };
  if (record.status === 'sent') {
    return {
      draft: createDraft({ ...defaults, recipientKind: draft.recipientKind }, now, makeId()),
      record,
    };
  }
  if (record.status === 'failed' || record.status === 'cancelled') {
    return { draft: { ...draft, id: makeId(), updatedAt: now }, record };
  }
  return { draft, record };
}

/** "Send again": the same recipient and text as a new message with its own id. */
export function draftFromRecord(
  record: MessageRecord,
  now: number,
  makeId: () => string = newDraftId,
): Draft {
  const recipient =
    'to' in record.recipient
      ? {
          recipientKind: 'phone' as const,
          phone: formatDigitsForDisplay(record.recipient.to),
          contactId: '',
        }
      : {
          recipientKind: 'contact' as const,
          phone: '',
          contactId: String(record.recipient.contactId),
        };
  return {
    ...createDraft({ recipientKind: recipient.recipientKind, from: record.from }, now, makeId()),
    ...recipient,
    message: record.message,
  };
}

/** Equal as far as the user can see: the fields, not the bookkeeping. */
export function sameDraftContent(a: Draft, b: Draft): boolean {
  return (
    a.id === b.id &&
    a.recipientKind === b.recipientKind &&
    a.phone === b.phone &&
    a.contactId === b.contactId &&
    a.from === b.from &&
    a.message === b.message &&
    a.suggested === b.suggested
  );
}

export type OpenedDraft = {
  draft: Draft;
  /** The message this draft became while the composer was closed, to show in place of Send. */
  record?: MessageRecord;
  /** The draft differs from what is stored (or nothing was stored). */
  changed: boolean;
  /** The stored draft this one succeeds (its message was sent or failed), to remove. */
  replaces?: string;
};

function reopen(
  base: Draft,
  records: readonly MessageRecord[],
  defaults: DraftDefaults,
  now: number,
  makeId: () => string,
): Reconciled & { replaces?: string } {
  const reconciled = reconcileDraft(base, records, defaults, now, makeId);
  return reconciled.draft.id === base.id ? reconciled : { ...reconciled, replaces: base.id };
}

/**
 * What the composer shows when it opens:
 * - with nothing prefilled (the toolbar button), the newest stored draft, settled against the outbox;
 * - for a number (a page button, the menu, the shortcut, a link), the unsent draft already written
 *   to that same number, or else a new draft. A draft written for another recipient is never
 *   re-aimed: it stays stored as it is (see findKeptDrafts). Text the prefill brings always starts
 *   a new draft, marked as suggested.
 */
export function openDraft(
  stored: readonly Draft[],
  prefill: Prefill,
  records: readonly MessageRecord[],
  defaults: DraftDefaults,
  now: number,
  makeId: () => string = newDraftId,
): OpenedDraft {
  if (!hasContent(prefill)) {
    const latest = byRecency(stored)[0];
    if (!latest) return { draft: createDraft(defaults, now, makeId()), changed: true };
    const reopened = reopen(latest, records, defaults, now, makeId);
    return { ...reopened, changed: reopened.draft !== latest };
  }
  const key = prefillRecipientKey(prefill);
  const same =
    prefill.message === undefined && key !== undefined
      ? byRecency(stored).find(
          (draft) => recipientKey(draft) === key && draft.message.trim() !== '',
        )
      : undefined;
  if (!same) {
    return {
      draft: applyPrefill(createDraft(defaults, now, makeId()), prefill, now),
      changed: true,
    };
  }
  const reopened = reopen(same, records, defaults, now, makeId);
  // Sent meanwhile: the fresh draft that follows it is for the number just clicked.
  const draft =
    reopened.draft.id === same.id ? reopened.draft : applyPrefill(reopened.draft, prefill, now);
  return {
    draft,
    ...(draft.id === same.id && { record: reopened.record }),
    changed: draft !== same,
    ...(reopened.replaces && { replaces: reopened.replaces }),
  };
}

/**
 * The other unsent drafts, newest first, so the composer can say they are kept and offer them: the
 * ones with text whose message has not been sent yet.
 */
export function findKeptDrafts(
  stored: readonly Draft[],
  currentId: string | undefined,
  records: readonly MessageRecord[],
): Draft[] {
  const sent = new Set(
    records.filter((record) => record.status === 'sent').map((record) => record.id),
  );
  return byRecency(stored).filter(
    (draft) => draft.id !== currentId && draft.message.trim() !== '' && !sent.has(draft.id),
  );
}
