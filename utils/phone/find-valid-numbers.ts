import {
  type CountryCode,
  findPhoneNumbersInText,
  type NumberFound,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { E164, findNumberRun, type Reading, readNumber } from './read-number';

/** Text that separates several numbers and never occurs inside one. */
const NUMBER_SEPARATORS = /[,;|\n]/;

/**
 * Every valid number in the text, each once, in the order found, so "0917… / 0918…" is not
 * silently read as its first number. libphonenumber's matcher finds numbers between words;
 * splitting at "," ";" "|" and line breaks also finds international digits without "+".
 */
export function findValidNumbers(
  reading: Reading,
  text: string,
  defaultCountry: CountryCode,
): PhoneNumber[] {
  const byNumber = new Map<string, PhoneNumber>();
  const add = (phone: PhoneNumber): void => {
    if (!byNumber.has(phone.number)) byNumber.set(phone.number, phone);
  };
  if (reading.valid) add(reading.phone);
  for (const piece of text.split(NUMBER_SEPARATORS)) {
    const run = findNumberRun(piece);
    const pieceReading = run === undefined ? undefined : readNumber(run, defaultCountry);
    if (pieceReading?.valid) add(pieceReading.phone);
  }
  for (const { number } of findMatches(text, defaultCountry)) add(number);
  return [...byNumber.values()];
}

/**
 * "+63 917 123 4567 / 0917 123 4567" is one recipient written twice: the run is not one number,
 * but every digit in it belongs to a match of that same number. A stray digit ("0917 123 4567 8")
 * belongs to no match, so that stays a failure instead of a guess.
 */
export function isSameNumberRepeated(
  run: string,
  phone: PhoneNumber,
  defaultCountry: CountryCode,
): boolean {
  const matches = findMatches(run, defaultCountry);
  if (matches.length === 0) return false;
  if (matches.some((match) => match.number.number !== phone.number)) return false;
  const explained = matches.reduce(
    (count, match) => count + countDigits(run.slice(match.startsAt, match.endsAt)),
    0,
  );
  return explained === countDigits(run);
}

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Valid numbers libphonenumber's matcher finds between words, with their positions. */
function findMatches(text: string, defaultCountry: CountryCode): NumberFound[] {
  try {
    return findPhoneNumbersInText(text, { defaultCountry }).filter(
      ({ number }) => number.isValid() && E164.test(number.number),
    );
  } catch {
    // The matcher is a second opinion; the main reading stands without it.
    return [];
  }
}
