import {
  type CountryCode,
  ParseError,
  type PhoneNumber,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/max';

/** E.164: country code and subscriber number together are at most 15 digits. */
export const E164 = /^\+\d{7,15}$/;

/**
 * A number-shaped run: digits with the separators people use, an opening "+" or "(" (also
 * "+ 63", "(+63)"), and an optional extension ("x12", "ext. 12", "#12", ";ext=12"). Letters
 * end a run, so a label before it ("Mobile:") or words after it ("(office)") are left out, and
 * so are the characters that separate numbers: "," ";" "|" and line breaks.
 */
const NUMBER_RUNS =
  /(?:[+(][+( \-.]{0,4})?\d[\d \-.()/+]*(?:(?:;ext=| ?(?:extension|extn|ext\.?|x|#) ?)\d{1,7})?/gi;

/** Shorter runs are labels or references ("Phone 2:", "Room 101") when a longer one follows. */
const MIN_NUMBER_DIGITS = 6;

/** International call prefixes tried when a number without "+" is not valid nationally. */
const INTERNATIONAL_PREFIXES = ['', '00', '011'] as const;

export type Reading =
  | { valid: true; phone: PhoneNumber }
  | { valid: false; phone: PhoneNumber | undefined; parseError: string | undefined };

/**
 * The run in normalized text that holds the number, without trailing separators: the first with
 * at least MIN_NUMBER_DIGITS digits, else the first at all (so "12" is still read, and fails).
 */
export function findNumberRun(text: string): string | undefined {
  let first: string | undefined;
  for (const [match] of text.matchAll(NUMBER_RUNS)) {
    const run = match.replace(/\D+$/, '');
    if (run.replace(/\D/g, '').length >= MIN_NUMBER_DIGITS) return run;
    first ??= run;
  }
  return first;
}

/**
 * A number without "+" is read nationally for `defaultCountry` first. Only when that is not
 * valid is it read as international digits — as typed ("447400123456"), then after a "00" or
 * "011" call prefix — and that reading is kept only if it is valid. So a valid national number
 * always wins, and a failed guess is reported as the national reading's failure.
 */
export function readNumber(run: string, defaultCountry: CountryCode): Reading {
  const national = tryParse(run, defaultCountry);
  if (national.valid || run.includes('+')) return national;
  for (const prefix of INTERNATIONAL_PREFIXES) {
    const rest = afterLeadingDigits(run, prefix);
    if (rest === undefined) continue;
    const international = tryParse(`+${rest}`, defaultCountry);
    if (international.valid) return international;
  }
  return national;
}

function tryParse(text: string, defaultCountry: CountryCode): Reading {
  try {
    const phone = parsePhoneNumberWithError(text, { defaultCountry, extract: false });
    if (phone.isValid() && E164.test(phone.number)) return { valid: true, phone };
    return { valid: false, phone, parseError: undefined };
  } catch (error) {
    const parseError = error instanceof ParseError ? error.message : undefined;
    return { valid: false, phone: undefined, parseError };
  }
}

/** The text after `prefix` when `text` starts with those digits (separators skipped). */
function afterLeadingDigits(text: string, prefix: string): string | undefined {
  let index = 0;
  for (const digit of prefix) {
    while (index < text.length && !/\d/.test(text.charAt(index))) index += 1;
    if (text.charAt(index) !== digit) return undefined;
    index += 1;
  }
  return text.slice(index);
}
