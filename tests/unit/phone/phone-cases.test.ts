import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import rawCases from './phone-cases.json';

const COUNTRIES = new Set<string>(getCountries());
const REASONS = [
  'empty',
  'too-short',
  'too-long',
  'not-a-number',
  'invalid-country-code',
  'invalid',
  'several-numbers',
] as const;

// The corpus is data; validating it keeps a typo in the JSON from turning into a silent pass.
const caseSchema = z
  .object({
    input: z.string(),
    defaultCountry: z.string().refine((code) => COUNTRIES.has(code), 'unknown country'),
    digits: z
      .string()
      .regex(/^\d{7,15}$/)
      .optional(),
    reason: z.enum(REASONS).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((entry) => (entry.digits === undefined) !== (entry.reason === undefined), {
    message: 'a case expects either digits or a failure reason',
  });

const cases = z
  .object({ $comment: z.string(), cases: z.array(caseSchema).min(1) })
  .parse(rawCases)
  .cases.map((entry) => ({ ...entry, label: JSON.stringify(entry.input) }));

// Narrowed once here: the schema has checked the codes.
function asCountry(code: string): Parameters<typeof parsePhoneNumber>[1] {
  return code as Parameters<typeof parsePhoneNumber>[1];
}

describe('parsePhoneNumber corpus (phone-cases.json)', () => {
  const valid = cases.filter((entry) => entry.digits !== undefined);
  const invalid = cases.filter((entry) => entry.reason !== undefined);

  it.each(valid)('reads $label in $defaultCountry as $digits', (entry) => {
    const result = parsePhoneNumber(entry.input, asCountry(entry.defaultCountry));
    expect(result).toMatchObject({ ok: true, digits: entry.digits, e164: `+${entry.digits}` });
  });

  it.each(invalid)('rejects $label in $defaultCountry: $reason', (entry) => {
    const result = parsePhoneNumber(entry.input, asCountry(entry.defaultCountry));
    expect(result).toMatchObject({ ok: false, reason: entry.reason });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });
});
