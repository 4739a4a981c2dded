import {
  isValidPhoneNumber,
  type PhoneNumber,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import type { PhoneFailureReason } from './phone-parse-result';
import { E164, type Reading } from './read-number';

export type SingleNumberFailureReason = Exclude<PhoneFailureReason, 'several-numbers'>;

const PARSE_ERROR_REASONS: Readonly<Record<string, SingleNumberFailureReason>> = {
  INVALID_COUNTRY: 'invalid-country-code',
  NOT_A_NUMBER: 'not-a-number',
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
};

/** Digits added or removed when checking whether a number is a near miss. */
const NEAR_MISS_DIGITS = 3;

/** Why a reading did not give a valid number. */
export function failureReason(
  reading: Extract<Reading, { valid: false }>,
): SingleNumberFailureReason {
  if (reading.phone === undefined)
    return PARSE_ERROR_REASONS[reading.parseError ?? ''] ?? 'not-a-number';
  return lengthReason(reading.phone);
}

/**
 * libphonenumber judges length alone, so "0917 123 45" has a possible length for the Philippines
 * (landlines are shorter) yet is a truncated mobile number. A number that 1–3 more digits would
 * make valid is therefore "too short", one that is valid without its last 1–3 digits "too long",
 * anything else "invalid". Only failures get here, at a cost of at most 33 validity checks.
 */
function lengthReason(phone: PhoneNumber): SingleNumberFailureReason {
  const verdict = validatePhoneNumberLength(phone.number);
  if (verdict === 'TOO_SHORT') return 'too-short';
  if (verdict === 'TOO_LONG') return 'too-long';
  if (couldBeCompleted(phone.number)) return 'too-short';
  if (couldBeTrimmed(phone.number)) return 'too-long';
  return 'invalid';
}

function couldBeCompleted(e164: string): boolean {
  for (let extra = 1; extra <= NEAR_MISS_DIGITS; extra += 1) {
    for (const digit of '0123456789') {
      if (isValidE164(e164 + digit.repeat(extra))) return true;
    }
  }
  return false;
}

function couldBeTrimmed(e164: string): boolean {
  for (let fewer = 1; fewer <= NEAR_MISS_DIGITS; fewer += 1) {
    if (isValidE164(e164.slice(0, -fewer))) return true;
  }
  return false;
}

function isValidE164(candidate: string): boolean {
  return E164.test(candidate) && isValidPhoneNumber(candidate);
}
