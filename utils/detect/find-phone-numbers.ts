import type { CountryCode } from 'libphonenumber-js/core';
import {
  type Candidate,
  candidateParts,
  countDigits,
  findCandidates,
  MAX_DIGITS,
  partsAt,
} from './find-candidates';
import type { PhoneValidator, ValidNumber } from './phone-validity';
import { toScanText } from './scan-text';
import { hasNonPhoneContext, isTrapLabel } from './trap-context';
import { hasNonPhoneShape } from './trap-shapes';

/** A phone number found in a text: where it is and what it is. */
export type PhoneMatch = ValidNumber & { start: number; end: number };

/**
 * What the page knows about a text beyond its characters (see utils/page/text-runs.ts):
 * - `boundaries`: positions where one element's text ends and the next one's begins, ascending.
 *   A word in another element ("<span>Phone</span>(02) 8123 4567") is not glued to the number.
 * - `label`: the field's label the page shows beside the text ("Record ID", a column header),
 *   asked only for a number with no words before it and no "+" (ids are not written with one).
 */
export type TextContext = {
  boundaries?: readonly number[];
  label?: () => string | undefined;
};

export type PhoneFinder = (
  text: string,
  country: CountryCode | undefined,
  context?: TextContext,
) => PhoneMatch[];

const LETTER = /\p{L}/u;

/**
 * Cheap to expensive: a regular expression proposes candidates, shape and context rules drop the
 * dates, amounts, ids and other traps, and only what is left is parsed and checked for validity.
 * A number found twice in one text is reported once. Digits of other scripts are read as ASCII
 * digits (see scan-text.ts); positions are the page text's.
 */
export function createPhoneFinder(validate: PhoneValidator): PhoneFinder {
  return (pageText, country, context = {}) => {
    const text = toScanText(pageText);
    const found: PhoneMatch[] = [];
    let labelled: boolean | undefined;
    for (const candidate of findCandidates(text)) {
      if (hasNonPhoneContext(text, candidate.start, candidate.end, context.boundaries)) continue;
      for (const match of readCandidate(candidate, country, validate, context.boundaries ?? [])) {
        if (found.some((other) => other.digits === match.digits)) continue;
        if (
          context.label &&
          !text.startsWith('+', match.start) &&
          !LETTER.test(text.slice(0, match.start))
        ) {
          labelled ??= isTrapLabel(context.label() ?? '');
          if (labelled) continue;
        }
        found.push(match);
      }
    }
    return found;
  };
}

/**
 * The whole candidate if it is a number; else its parts between separators ("0917 123 4567/0918
 * 765 4321": two numbers; "0664/1234567" was read whole), and a part that is still no number is
 * split where one element's text meets the next ("<span>+254 712 345678</span><span>0917…").
 */
function readCandidate(
  candidate: Candidate,
  country: CountryCode | undefined,
  validate: PhoneValidator,
  boundaries: readonly number[],
): PhoneMatch[] {
  const whole = readOne(candidate, country, validate);
  if (whole) return [whole];
  if (hasNonPhoneShape(candidate.text)) return [];
  const parts = candidateParts(candidate);
  const split = parts.length !== 1 || parts[0]?.text !== candidate.text;
  return (split ? parts : [candidate]).flatMap((part) => {
    const match = part === candidate ? undefined : readOne(part, country, validate);
    if (match) return [match];
    return partsAt(part, boundaries).flatMap((piece) => {
      const found = piece.text === part.text ? undefined : readOne(piece, country, validate);
      return found ? [found] : [];
    });
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
