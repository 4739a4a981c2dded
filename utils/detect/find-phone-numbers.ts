import type { CountryCode } from 'libphonenumber-js/core';
import {
  type Candidate,
  countDigits,
  findCandidates,
  MAX_DIGITS,
  slashParts,
} from './find-candidates';
import type { PhoneValidator, ValidNumber } from './phone-validity';
import { hasNonPhoneContext } from './trap-context';
import { hasNonPhoneShape } from './trap-shapes';

/** A phone number found in a text: where it is and what it is. */
export type PhoneMatch = ValidNumber & { start: number; end: number };

export type PhoneFinder = (text: string, country: CountryCode | undefined) => PhoneMatch[];

/**
 * Cheap to expensive: a regular expression proposes candidates, shape and context rules drop the
 * dates, amounts, ids and other traps, and only what is left is parsed and checked for validity.
 * A number found twice in one text is reported once.
 */
export function createPhoneFinder(validate: PhoneValidator): PhoneFinder {
  return (text, country) => {
    const found: PhoneMatch[] = [];
    for (const candidate of findCandidates(text)) {
      if (hasNonPhoneContext(text, candidate.start, candidate.end)) continue;
      for (const match of readCandidate(candidate, country, validate)) {
        if (!found.some((other) => other.digits === match.digits)) found.push(match);
      }
    }
    return found;
  };
}

function readCandidate(
  candidate: Candidate,
  country: CountryCode | undefined,
  validate: PhoneValidator,
): PhoneMatch[] {
  const whole = readOne(candidate, country, validate);
  if (whole) return [whole];
  if (!candidate.text.includes('/') || hasNonPhoneShape(candidate.text)) return [];
  // "0917 123 4567/0918 765 4321": two numbers; "0664/1234567" was read whole above.
  return slashParts(candidate).flatMap((part) => {
    const match = readOne(part, country, validate);
    return match ? [match] : [];
  });
}

function readOne(
  candidate: Candidate,
  country: CountryCode | undefined,
  validate: PhoneValidator,
): PhoneMatch | undefined {
  if (countDigits(candidate.text) > MAX_DIGITS || hasNonPhoneShape(candidate.text))
    return undefined;
  const valid = validate(candidate.text, country);
  return valid && { ...valid, start: candidate.start, end: candidate.end };
}
