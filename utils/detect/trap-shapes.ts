import { countDigits } from './find-candidates';

/**
 * Digit groups that are shaped like something other than a phone number. Each rule looks at the
 * candidate alone; what surrounds it is judged in trap-context.ts.
 */
const SHAPE_TRAPS: readonly RegExp[] = [
  // Dates: 2024-01-15, 2024/1/5, 15.01.2024, 01/15/24 (the same separator twice).
  /^\d{4}([-/.])\d{1,2}\1\d{1,2}$/,
  /^\d{1,2}([-/.])\d{1,2}\1(?:\d{2}|\d{4})$/,
  // Compact dates: 20240115.
  /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/,
  // Time ranges written with dots: 9.00-17.30.
  /^\d{1,2}\.\d{2}\s*[-\u2010-\u2015]\s*\d{1,2}\.\d{2}$/,
  // Time ranges on the 24-hour clock: 0900-1730.
  /^(?:[01]\d|2[0-3])[0-5]\d\s*[-\u2010-\u2015]\s*(?:[01]\d|2[0-3])[0-5]\d$/,
  // IPv4 addresses.
  /^\d{1,3}(?:\.\d{1,3}){3}$/,
  // Payment cards in groups of four (Visa, Mastercard) or 4-6-5 (Amex).
  /^\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}$/,
  /^\d{4}([ -])\d{6}\1\d{4,5}$/,
  // ISBN-13 (978/979) and hyphenated ISBN-10 (four groups, a one-digit check group).
  /^97[89](?:[ -]?\d){10}$/,
  /^\d{1,5}-\d{1,7}-\d{1,7}-\d$/,
  // Postal codes with a suffix: US ZIP+4 (94105-1234), Brazilian CEP (01310-100).
  /^\d{5}-\d{3,4}$/,
  // Amounts with decimals: 1234567.89, 1 234 567.50.
  /^\d+(?:[ .\u00a0]\d{3})*\.\d{1,2}$/,
];

const DOTTED = /^\d+(?:\.\d+){2,}$/;
const NANP_DOTTED = /^1\.\d{3}\.\d{3}\.\d{4}$/;

/** True when the candidate's own shape says it is not a phone number. */
export function hasNonPhoneShape(candidate: string): boolean {
  if (SHAPE_TRAPS.some((trap) => trap.test(candidate))) return true;
  return looksLikeVersion(candidate) || looksLikeCardNumber(candidate);
}

/** 10.0.19045.3693, 2.31.4567890: a one-digit group that no phone format has. */
function looksLikeVersion(candidate: string): boolean {
  if (!DOTTED.test(candidate) || NANP_DOTTED.test(candidate)) return false;
  return candidate.split('.').some((group) => group.length === 1);
}

/** 13 to 19 bare digits that pass the Luhn check; a "+" says phone number. */
function looksLikeCardNumber(candidate: string): boolean {
  if (candidate.startsWith('+')) return false;
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || digits.startsWith('0')) return false;
  return countDigits(candidate) === digits.length && passesLuhn(digits);
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
