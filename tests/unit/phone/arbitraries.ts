import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js/max';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

export const country: fc.Arbitrary<CountryCode> = fc.constantFrom(...getCountries());

export interface ExampleNumber {
  country: CountryCode;
  e164: string;
  national: string;
  international: string;
}

/** libphonenumber's example mobile number of every country it knows, as plain data. */
export const EXAMPLE_MOBILES: readonly ExampleNumber[] = getCountries().flatMap((code) => {
  const phone = getExampleNumber(code, examples);
  if (!phone) return [];
  return [
    {
      country: code,
      e164: phone.number,
      national: phone.formatNational(),
      international: phone.formatInternational(),
    },
  ];
});

export const exampleMobile: fc.Arbitrary<ExampleNumber> = fc.constantFrom(...EXAMPLE_MOBILES);

/** Separators, labels and noise that appear around and inside pasted numbers. */
const NOISE = [
  ' ',
  '-',
  '.',
  '\u00a0',
  '\u2009',
  '\u200b',
  '\u200e',
  '\u2066',
  '\u2069',
  '\u00ad',
  '–',
] as const;

/** Digits of `text` with random separators and invisible characters between them. */
export function sprinkled(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom('', '', '', ...NOISE), {
      minLength: text.length,
      maxLength: text.length,
    })
    .map((noise) => [...text].map((character, index) => character + (noise[index] ?? '')).join(''));
}

export const label: fc.Arbitrary<string> = fc.constantFrom(
  '',
  'Mobile: ',
  'Tel. ',
  'Phone: ',
  'Cell #: ',
  'M ',
  '📞 ',
);

export const ending: fc.Arbitrary<string> = fc.constantFrom('', '.', ',', ' (mobile)', ' ', ';');

/** Strings built from the characters phone numbers are made of, to reach deep code paths. */
export const phoneLike: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(
    ...'0123456789+-(). /,;x#',
    ...NOISE,
    '٣',
    '３',
    'ext. ',
    'tel:',
    'sms:',
    '%2B',
    '\u202e',
    '\n',
    '00',
    '011',
    '63',
    '1',
  ),
  maxLength: 40,
});
