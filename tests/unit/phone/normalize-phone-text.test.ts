import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhoneText } from '@/utils/phone/normalize-phone-text';

// Property runs and megabyte inputs take a second or two; a busy machine must not fail them.
const TIMEOUT_MS = 60_000;

describe('normalizePhoneText', () => {
  it.each([
    ['fullwidth digits', '０９１７', '0917'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Eastern Arabic-Indic digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Devanagari digits', '०१२३४५६७८९', '0123456789'],
    ['Bengali digits', '০১২৩৪৫৬৭৮৯', '0123456789'],
    ['Thai digits', '๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['Myanmar digits', '၀၁၂၃၄၅၆၇၈၉', '0123456789'],
    ['fullwidth plus and parentheses', '＋６３（２）', '+63(2)'],
    ['URL-encoded plus', '%2B63', '+63'],
    ['lower-case escape', '%2b63', '+63'],
    ['URL-encoded space', '0917%20123', '0917 123'],
    ['other escapes untouched', '%41%2', '%41%2'],
    ['no-break and thin spaces', '63\u00a0917\u2009123\u202f4567\u3000', '63 917 123 4567 '],
    ['tabs', '63\t917', '63 917'],
    ['line breaks', '1\r\n2\r3', '1\n\n2\n3'],
    ['zero-width characters', '0\u200b9\u200c1\u200d7\u2060', '0917'],
    [
      'bidi controls',
      '\u202e\u202d\u202a\u202b\u202c\u200e\u200f\u2066\u2067\u2068\u2069\u061c1',
      '1',
    ],
    ['byte order mark and soft hyphen', '\ufeff09\u00ad17', '0917'],
    ['dashes', '0917‐123‑45‒6–7—8―9−0－1', '0917-123-45-6-7-8-9-0-1'],
    ['letters and labels kept', 'Mobile: 0917', 'Mobile: 0917'],
    ['emoji kept whole', '📞 0917', '📞 0917'],
  ])('%s', (_label, input, expected) => {
    expect(normalizePhoneText(input)).toBe(expected);
  });

  it(
    'is idempotent',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
          const once = normalizePhoneText(text);
          expect(normalizePhoneText(once)).toBe(once);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never makes the text longer',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
          expect(normalizePhoneText(text).length).toBeLessThanOrEqual(text.length);
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'handles a megabyte',
    () => {
      expect(normalizePhoneText('٠\u200b'.repeat(500_000))).toBe('0'.repeat(500_000));
    },
    TIMEOUT_MS,
  );
});
