import { z } from 'zod';
import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

/** Which of the two recipients the API accepts this draft addresses; never both. */
export const recipientKindSchema = z.enum(['phone', 'contact']);
export type RecipientKind = z.infer<typeof recipientKindSchema>;

/**
 * What the user is writing, kept across popup closes (the popup closes whenever focus leaves it).
 * Fields hold text as typed: the composer checks them on every render, never on load.
 */
export const draftSchema = z.object({
  /** Becomes engageSPARK's clientDedup: one id from creation until the draft is sent. */
  id: z.string().regex(/^[A-Za-z0-9-]{8,100}$/),
  recipientKind: recipientKindSchema,
  phone: z.string().max(200),
  contactId: z.string().max(30),
  from: z.string().max(30),
  message: z.string().max(5000),
  /**
   * The text came from outside (a link's sms: body through the background, or popup.html's
   * query), not from the user's typing: it is shown whole, marked, and its send is confirmed once.
   */
  suggested: z.enum(['extension', 'url']).optional(),
  updatedAt: z.number(),
  /** The composer window that wrote it, so a window ignores its own writes coming back. */
  writer: z.string().max(100).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * Every unsent draft, one per message being written: a composer opened for another number gets a
 * draft of its own, so text written for one recipient is never re-aimed at another and opening a
 * composer never changes the draft another composer shows. Unsent text lives beside the key, not
 * in storage.local, which Firefox opens to content scripts. What is stored is validated on every
 * read; a new layout adds a tested migration in loadDrafts.
 */
export const draftsItem = defineStoredItem<Draft[]>({
  area: extensionDbArea('drafts'),
  // Each draft is checked on its own, so one damaged entry does not cost the others.
  schema: z
    .array(z.unknown())
    .transform((stored) => stored.flatMap((entry) => readDraft(entry) ?? [])),
  fallback: [],
});
/** The single draft of earlier versions, read once into `drafts` and then removed. */
export const legacyDraftItem = defineStoredItem<Draft | undefined>({
  area: extensionDbArea('draft'),
  schema: draftSchema.optional(),
  fallback: undefined,
});

/** Enough for a day's interrupted messages; the oldest go first. */
export const MAX_DRAFTS = 20;

export type DraftDefaults = { recipientKind: RecipientKind; from: string };

export function newDraftId(): string {
  return crypto.randomUUID();
}

export function createDraft(
  defaults: DraftDefaults,
  now: number,
  id: string = newDraftId(),
): Draft {
  return {
    id,
    recipientKind: defaults.recipientKind,
    phone: '',
    contactId: '',
    from: defaults.from,
    message: '',
    updatedAt: now,
  };
}

/** A damaged stored draft is dropped rather than half-trusted: the user loses a draft, never sends garbage. */
export function readDraft(stored: unknown): Draft | undefined {
  const parsed = draftSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export function readDrafts(stored: unknown): Draft[] {
  return draftsItem.read(stored).value;
}

/** Nothing written yet: not worth keeping once the composer that made it moves on. */
export function isBlankDraft(draft: Draft): boolean {
  return draft.message.trim() === '' && draft.phone.trim() === '' && draft.contactId.trim() === '';
}

/** Newest first. */
export function byRecency(drafts: readonly Draft[]): Draft[] {
  return [...drafts].sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadDrafts(): Promise<Draft[]> {
  // The move from the one-draft layout spans two items, so it is done here rather than as a
  // migration of one: `drafts` absent means this profile still has the old single `draft`.
  if ((await draftsItem.area.getValue()) !== null) return draftsItem.load();
  const legacy = await legacyDraftItem.load();
  const drafts = legacy ? [legacy] : [];
  await draftsItem.save(drafts);
  await legacyDraftItem.remove();
  return drafts;
}

/**
 * Stores `draft` under its id; `replaces` is the id it succeeds (sent, failed, or edited after a
 * send), which goes. Blank drafts of other windows and the oldest beyond MAX_DRAFTS are dropped.
 */
export async function saveDraft(draft: Draft, replaces?: string): Promise<void> {
  const checked = draftSchema.parse(draft);
  const others = (await loadDrafts()).filter(
    (other) => other.id !== checked.id && other.id !== replaces && !isBlankDraft(other),
  );
  const kept = byRecency(others).slice(0, MAX_DRAFTS - 1);
  await draftsItem.save([checked, ...kept]);
}

export function watchDrafts(onChange: (drafts: Draft[]) => void): () => void {
  return draftsItem.watch((drafts) => onChange(drafts));
}
