import { z } from 'zod';
import {
  DEFAULT_QUIET_HOURS,
  type QuietHours,
  sendingWindowSchema,
} from '@/utils/consent/quiet-hours';
import { findCountry } from '@/utils/settings/countries';
import { recipientModeSchema, senderIdSchema } from '@/utils/settings/settings-schema';
import { siteOf } from '@/utils/sites/site-coverage';

/**
 * Settings IT pushes through browser policies (storage.managed; the schema the browser checks is
 * public/managed-schema.json). Each key is validated on its own: a bad value is dropped with a
 * warning naming it, and every other key still applies.
 */
const hostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((host, context) => {
    const site = siteOf(`https://${host}`);
    if (site === undefined || site !== `https://${host}`) {
      context.addIssue({ code: 'custom', message: `"${host}" is not a host name` });
      return z.NEVER;
    }
    return site;
  });

/**
 * Quiet hours as IT may push them, read into the setting's own value (a window, or false).
 * Firefox's policies.json takes `false`; Chrome's managed-storage schema has no union types, so it
 * cannot declare "an object or false" and drops a `false`: the object form says the same,
 * `{"enabled": false}`, and `{"start", "end"}` with an optional `"enabled": true`.
 * `{"enabled": true}` alone switches quiet hours on with the default window.
 */
const quietHoursObjectSchema = z
  .strictObject({
    enabled: z.boolean().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
  })
  .transform((value, context): QuietHours => {
    if (value.enabled === false) return false;
    if (value.enabled === true && value.start === undefined && value.end === undefined)
      return DEFAULT_QUIET_HOURS;
    const window = sendingWindowSchema.safeParse({ start: value.start, end: value.end });
    if (window.success) return window.data;
    context.addIssue({
      code: 'custom',
      message: `${window.error.issues[0]?.message ?? 'not a window'}: give "start" and "end" as HH:MM, or "enabled": false`,
    });
    return z.NEVER;
  });

// One schema, not a union, so a warning names what is wrong rather than "Invalid input".
const quietHoursPolicySchema = z.unknown().transform((value, context): QuietHours => {
  if (value === false) return false;
  const parsed = quietHoursObjectSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  context.addIssue({
    code: 'custom',
    message:
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (parsed.error.issues[0]?.message ?? 'not a window')
        : 'expected false or an object such as {"enabled": false}',
  });
  return z.NEVER;
});

const policyKeySchemas = {
  apiKey: z.string().trim().min(1).max(200),
  orgId: z.number().int().positive().max(2_147_483_647),
  senderId: senderIdSchema,
  defaultCountry: z
    .string()
    .trim()
    .toUpperCase()
    .refine(
      (code) => /^[A-Z]{2}$/.test(code) && findCountry(code) !== undefined,
      'unknown country',
    ),
  recipientMode: recipientModeSchema,
  enabledSites: z.array(hostNameSchema).max(1000),
  disabledSites: z.array(hostNameSchema).max(1000),
  paceLimitPerMinute: z.number().int().min(1).max(60),
  quietHours: quietHoursPolicySchema,
  templates: z
    .array(z.object({ name: z.string().trim().min(1).max(60), text: z.string().min(1).max(5000) }))
    .max(50),
  lockSettings: z.boolean(),
} as const;

type PolicyKey = keyof typeof policyKeySchemas;
export type ManagedPolicy = { [K in PolicyKey]?: z.output<(typeof policyKeySchemas)[K]> };

/** What an extension page may learn of the policy: everything but the key, and whether there is one. */
export type PolicyView = Omit<ManagedPolicy, 'apiKey'> & { hasApiKey: boolean };
export type ReadPolicy = { policy: ManagedPolicy; warnings: string[] };

export const NO_POLICY: ReadPolicy = { policy: {}, warnings: [] };

/** Validates what the browser delivered, key by key. Unknown keys are ignored with a warning too. */
export function parsePolicy(raw: unknown): ReadPolicy {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return NO_POLICY;
  const policy: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(policyKeySchemas, key)) {
      warnings.push(
        `Your organization's policy sets "${key}", which this version does not know; it is ignored.`,
      );
      continue;
    }
    const parsed = policyKeySchemas[key as PolicyKey].safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else
      warnings.push(
        `Your organization's policy sets "${key}" to a value that is not valid (${parsed.error.issues[0]?.message ?? 'wrong type'}); it is ignored.`,
      );
  }
  return { policy: policy as ManagedPolicy, warnings };
}

/** The policy as an extension page may see it: the key is reduced to whether it exists. */
export function policyView({ apiKey, ...rest }: ManagedPolicy): PolicyView {
  return { ...rest, hasApiKey: apiKey !== undefined };
}
