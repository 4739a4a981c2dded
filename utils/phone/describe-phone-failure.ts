import type { CountryCode } from 'libphonenumber-js';
import { countryInSentence } from './country-name';
import type { PhoneFailureReason } from './phone-parse-result';

export interface FailureDetails {
  /** What the person typed or selected, already cleaned of invisible characters. */
  input: string;
  /** The country the number was read for, when known. */
  country?: CountryCode;
  /** Digits after "+" of an international number, to name the calling code that does not exist. */
  internationalDigits?: string;
  /** For 'several-numbers': the numbers found, formatted for display. */
  numbers?: readonly string[];
  /** The input was rejected for its length before any parsing. */
  inputTooLong?: boolean;
}

const MAX_QUOTED_LENGTH = 40;

/** Every failure message in one place, in words a salesperson understands. */
export function describePhoneFailure(reason: PhoneFailureReason, details: FailureDetails): string {
  const quoted = quote(details.input);
  const where = details.country ? ` in ${countryInSentence(details.country)}` : '';
  switch (reason) {
    case 'empty':
      return 'Enter a phone number.';
    case 'not-a-number':
      return details.inputTooLong
        ? 'This text is too long to be a phone number. Select just the number.'
        : `${quoted} is not a phone number.`;
    case 'too-short':
      return `${quoted} is too short for a phone number${where}.`;
    case 'too-long':
      return `${quoted} is too long for a phone number${where}.`;
    case 'invalid':
      return `${quoted} is not a valid phone number${where}. Check the digits.`;
    case 'invalid-country-code':
      return `${quoted} does not start with a country calling code${noCountryUses(details.internationalDigits)}.`;
    case 'several-numbers':
      return `This text has several phone numbers: ${(details.numbers ?? []).join(', ')}. Select just one.`;
  }
}

function quote(input: string): string {
  const oneLine = input.replace(/\s+/g, ' ').trim();
  const short =
    oneLine.length > MAX_QUOTED_LENGTH ? `${oneLine.slice(0, MAX_QUOTED_LENGTH - 1)}…` : oneLine;
  return `“${short}”`;
}

/** Calling codes have at most three digits, so no country uses the first three after "+". */
function noCountryUses(internationalDigits: string | undefined): string {
  if (!internationalDigits) return '';
  return ` (no country uses +${internationalDigits.slice(0, 3)})`;
}
