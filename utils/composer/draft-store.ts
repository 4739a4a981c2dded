import { z } from 'zod';
import { defineExtensionItem } from '@/utils/storage/extension-item';

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
  updatedAt: z.number(),
  /** The composer window that wrote it, so a window ignores its own writes coming back. */
  writer: z.string().max(100).optional(),
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * Unsent text: beside the key, not in storage.local, which Firefox opens to content scripts.
 * A new layout adds a tested migration in readDraft (what is stored is validated on every read).
 */
export const draftItem = defineExtensionItem('draft', null);

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

export async function loadDraft(): Promise<Draft | undefined> {
  return readDraft(await draftItem.getValue());
}

export async function saveDraft(draft: Draft): Promise<void> {
  await draftItem.setValue(draftSchema.parse(draft));
}

export function watchDraft(onChange: (draft: Draft | undefined) => void): () => void {
  return draftItem.watch((value) => onChange(readDraft(value)));
}
