import fc from 'fast-check';
import { GSM7_BASIC_CHARACTERS, GSM7_EXTENSION_CHARACTERS } from '@/utils/sms/gsm7-alphabet';

export const gsmCharacter: fc.Arbitrary<string> = fc.constantFrom(
  ...GSM7_BASIC_CHARACTERS,
  ...GSM7_EXTENSION_CHARACTERS,
);

export const gsmText: fc.Arbitrary<string> = fc.string({ unit: gsmCharacter, maxLength: 400 });

/** Characters with a GSM-7 equivalent, including the expanding ones ("…" is three septets). */
export const LOOK_ALIKES = [
  '‘',
  '’',
  '“',
  '”',
  '–',
  '—',
  '…',
  '‥',
  '•',
  '\u00A0',
  '\u2009',
  '\u202F',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u2028',
  '\t',
  '×',
  'Ａ',
  '１',
  '［',
  '\u2126',
  'e\u0301',
] as const;

export const EXPANDING = new Set(['…', '‥']);

export const lookAlike: fc.Arbitrary<string> = fc.constantFrom(...LOOK_ALIKES);

const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** Characters that glue to neighbours or have no GSM-7 equivalent. */
const tricky = fc.constantFrom(
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🇵🇭',
  '🙂',
  '\u0301',
  'ж',
  'á',
  'ç',
  '\r',
  '\n',
  '\uFE0F',
);

/** Messages as people write them: GSM runs, look-alikes, emoji, any Unicode, stray surrogates. */
export const smsText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: gsmCharacter, maxLength: 60 }) },
      { weight: 2, arbitrary: lookAlike },
      { weight: 2, arbitrary: tricky },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
      { weight: 1, arbitrary: loneSurrogate },
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

/** A single appended piece: one code point, one grapheme or one look-alike. */
export const appendix: fc.Arbitrary<string> = fc.oneof(
  gsmCharacter,
  lookAlike,
  tricky,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  loneSurrogate,
);
