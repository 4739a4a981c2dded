import type { MessageRecord } from '@/utils/outbox/message-record';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { createDraft, type Draft, type DraftDefaults, newDraftId } from './draft-store';
import { applyPrefill, type Prefill } from './prefill';

export type DraftPatch = Partial<
  Pick<Draft, 'recipientKind' | 'phone' | 'contactId' | 'from' | 'message'>
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
  return { ...draft, ...patch, ...(submitted && { id: makeId() }), updatedAt: now };
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
    a.message === b.message
  );
}

export type OpenedDraft = {
  draft: Draft;
  /** The message this draft became while the composer was closed, to show in place of Send. */
  record?: MessageRecord;
  /** The draft differs from what is stored (or nothing was stored). */
  changed: boolean;
};

/**
 * What the composer shows when it opens: the stored draft settled against the outbox first, then
 * the URL's prefill. A prefill is a new intent (the user clicked a number), so it gets an id of
 * its own if the old one is spent, and the old message's result is not shown over it.
 */
export function openDraft(
  stored: Draft | undefined,
  prefill: Prefill,
  records: readonly MessageRecord[],
  defaults: DraftDefaults,
  now: number,
  makeId: () => string = newDraftId,
): OpenedDraft {
  const base = stored ?? createDraft(defaults, now, makeId());
  const reconciled = reconcileDraft(base, records, defaults, now, makeId);
  const prefilled = applyPrefill(reconciled.draft, prefill, now);
  if (prefilled === reconciled.draft) {
    return {
      draft: prefilled,
      record: reconciled.record,
      changed: stored === undefined || prefilled !== base,
    };
  }
  const spent = records.some((record) => record.id === prefilled.id);
  return { draft: spent ? { ...prefilled, id: makeId() } : prefilled, changed: true };
}
