import { z } from 'zod';
import { apiOriginOf } from '@/utils/api/api-urls';
import { DEFAULT_QUIET_HOURS, quietHoursSchema } from '@/utils/consent/quiet-hours';

export const DEFAULT_API_URL = 'https://api.engagespark.com';
export const DEFAULT_COUNTRY = 'PH';
/** Carriers drop more than about 5 SMS per number per minute (the engageSPARK docs name the Philippines). */
export const DEFAULT_PACE_LIMIT_PER_MINUTE = 5;

export const recipientModeSchema = z.enum(['contact', 'phonenumber']);
export type RecipientMode = z.infer<typeof recipientModeSchema>;

/** Alphanumeric sender ids are at most 11 characters; numeric ones are phone numbers (≤ 15 digits). */
export const senderIdSchema = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || /^[A-Za-z0-9 ]{1,11}$/.test(value) || /^\+?\d{3,15}$/.test(value),
    {
      message:
        'A sender ID is up to 11 letters, digits or spaces, or a phone number of up to 15 digits.',
    },
  );

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code');

/** Everything the user sets except the API key, which lives in the trusted-only key store. */
export const settingsSchema = z.object({
  orgId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  senderId: senderIdSchema.default(''),
  defaultCountry: countryCodeSchema.default(DEFAULT_COUNTRY),
  recipientMode: recipientModeSchema.default('contact'),
  /** An origin only (the client's own rule): no path, user name or trailing dot. */
  apiUrl: z
    .string()
    .refine(
      (value) => apiOriginOf(value) === value,
      'An API origin like https://api.engagespark.com',
    )
    .default(DEFAULT_API_URL),
  paceLimitPerMinute: z.number().int().min(1).max(60).default(DEFAULT_PACE_LIMIT_PER_MINUTE),
  /**
   * The hours messages may go out in the recipient's local time, or false for any hour. On by
   * default; settings saved before it existed read as the default (no layout change).
   */
  quietHours: quietHoursSchema.default(DEFAULT_QUIET_HOURS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
