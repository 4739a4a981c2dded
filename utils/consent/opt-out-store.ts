import { z } from 'zod';
import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';
import { OPT_IN_KEYWORDS, OPT_OUT_KEYWORDS } from './consent-keyword';

/** The key everywhere: international digits without "+", as the outbox's `recipient.to`. */
const numberSchema = z.string().regex(/^\d{7,15}$/);

/** How we learnt that a number opted out. */
const optOutSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reply'),
    keyword: z.enum(OPT_OUT_KEYWORDS),
    replyId: z.string().max(200),
  }),
  z.strictObject({
    kind: z.literal('delivery-receipt'),
    /** engageSPARK's deliveryError, capped: the words the carrier gave. */
    deliveryError: z.string().max(200),
    /** The outbox record whose receipt said so: one receipt is read once. */
    recordId: z.string().max(100),
  }),
]);
export type OptOutSource = z.infer<typeof optOutSourceSchema>;

const optOutSchema = z.strictObject({
  number: numberSchema,
  /** When the person opted out (the reply's time, or when the receipt was read), epoch ms. */
  at: z.number(),
  source: optOutSourceSchema,
});
export type OptOut = z.infer<typeof optOutSchema>;

/** Why an opt-out was lifted: the person texted START, or the user says consent was given again. */
const liftSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('reply'),
    keyword: z.enum(OPT_IN_KEYWORDS),
    replyId: z.string().max(200),
  }),
  z.strictObject({ kind: z.literal('consent-in-person') }),
]);

/** A lifted opt-out is kept with when and why: a record of consent, not only a list. */
const removalSchema = z.strictObject({
  optOut: optOutSchema,
  removedAt: z.number(),
  lift: liftSchema,
});
export type OptOutRemoval = z.infer<typeof removalSchema>;

export type OptOutList = { optOuts: OptOut[]; removals: OptOutRemoval[] };

/** At most this many removals are kept, newest first; opt-outs themselves are never dropped. */
export const REMOVALS_KEPT = 500;

/** Entry by entry: one damaged entry never costs the others (an opt-out lost is a text too many). */
function keepValid<T>(schema: z.ZodType<T>, values: unknown): T[] {
  if (!Array.isArray(values)) return [];
  return values.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

const optOutListSchema: z.ZodType<OptOutList> = z
  .looseObject({ optOuts: z.unknown(), removals: z.unknown() })
  .transform((stored) => ({
    optOuts: keepValid(optOutSchema, stored.optOuts),
    removals: keepValid(removalSchema, stored.removals).slice(0, REMOVALS_KEPT),
  }));

export const EMPTY_OPT_OUTS: OptOutList = { optOuts: [], removals: [] };

/**
 * In the extension origin's IndexedDB: who asked not to be texted is private, and in Firefox a
 * content script can write storage.local (it could otherwise lift an opt-out).
 */
export const optOutsItem = defineStoredItem<OptOutList>({
  area: extensionDbArea('optOuts'),
  schema: optOutListSchema,
  fallback: EMPTY_OPT_OUTS,
});

export function findOptOut(list: OptOutList, number: string): OptOut | undefined {
  return list.optOuts.find((optOut) => optOut.number === number);
}
