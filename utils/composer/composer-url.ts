import { z } from 'zod';

/**
 * What an entry point may put in the composer: the composer re-checks every value itself. Only
 * the background hands one over (see pending-prefill.ts); a query string on popup.html, which any
 * page or extension can open, is read too, but what it says is never taken as the user's own.
 */
export const composerPrefillSchema = z
  .object({
    to: z.string().max(200).optional(),
    contactId: z.number().int().positive().optional(),
    text: z.string().max(200).optional(),
    message: z.string().max(5000).optional(),
    tab: z.literal('history').optional(),
  })
  .strict();
export type ComposerPrefill = z.infer<typeof composerPrefillSchema>;

/** The query parameter that names a prefill the background left in session storage. */
export const PREFILL_TOKEN_PARAM = 'prefill';

/**
 * The composer's address for a prefill the background stored under `token`: the URL carries only
 * that random name, never the text, so whoever can open a URL cannot forge the handover.
 */
export function composerPath(token?: string): string {
  return token ? `/popup.html?${PREFILL_TOKEN_PARAM}=${encodeURIComponent(token)}` : '/popup.html';
}
