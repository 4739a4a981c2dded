import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { countryName } from './country-name';
import { describePhoneFailure, type FailureDetails } from './describe-phone-failure';
import { failureReason, type SingleNumberFailureReason } from './failure-reason';
import { findValidNumbers, isSameNumberRepeated } from './find-valid-numbers';
import { formatDigitsForDisplay } from './format-digits-for-display';
import { normalizePhoneText } from './normalize-phone-text';
import { parseSmsUri } from './parse-sms-uri';
import type { ParsedPhone, PhoneFailure, PhoneParseResult } from './phone-parse-result';
import { findNumberRun, type Reading, readNumber } from './read-number';

/**
 * Longest trimmed input we read. No phone number with a label and an extension comes close;
 * refusing longer text up front means a 1 MB selection costs one length check, not a parse.
 */
export const MAX_INPUT_LENGTH = 200;

/**
 * Reads one recipient from what people type, paste or select: "+63 917 123 4567",
 * "0917-123-4567", "(02) 8123 4567", "639171234567", "00 63 917…", "011 1 415…", "tel:" and
 * "sms:" links, "%2B63…", labels, invisible characters, fullwidth and Arabic-Indic digits.
 * Extensions are dropped. See `readNumber` for how numbers without "+" are read.
 */
export function parsePhoneNumber(input: string, defaultCountry: CountryCode): PhoneParseResult {
  const trimmed = input.trim();
  if (trimmed === '') return failure('empty', { input: '' });
  if (trimmed.length > MAX_INPUT_LENGTH) {
    return failure('not-a-number', { input: '', inputTooLong: true });
  }
  const text = normalizePhoneText(parseSmsUri(trimmed)?.number ?? trimmed);
  const run = findNumberRun(text);
  if (run === undefined) return failure('not-a-number', { input: text });
  const reading = readNumber(run, defaultCountry);
  const numbers = findValidNumbers(reading, text, defaultCountry);
  if (numbers.length > 1) return severalNumbers(numbers, text);
  if (reading.valid) return success(reading.phone);
  const [only] = numbers;
  if (only && isSameNumberRepeated(run, only, defaultCountry)) return success(only);
  return explainFailure(reading, run, text, defaultCountry);
}

function success(phone: PhoneNumber): ParsedPhone {
  const digits = phone.number.slice(1);
  const type = phone.getType();
  const result: ParsedPhone = {
    ok: true,
    e164: phone.number,
    digits,
    display: formatDigitsForDisplay(digits),
    country: phone.country,
    countryName: phone.country ? countryName(phone.country) : `+${phone.countryCallingCode}`,
  };
  return type === undefined ? result : { ...result, type };
}

function severalNumbers(numbers: readonly PhoneNumber[], text: string): PhoneParseResult {
  const e164s = numbers.map((phone) => phone.number);
  const display = e164s.map((e164) => formatDigitsForDisplay(e164.slice(1)));
  return {
    ok: false,
    reason: 'several-numbers',
    message: describePhoneFailure('several-numbers', { input: text, numbers: display }),
    numbers: e164s,
  };
}

function failure(reason: SingleNumberFailureReason, details: FailureDetails): PhoneFailure {
  return { ok: false, reason, message: describePhoneFailure(reason, details) };
}

function explainFailure(
  reading: Extract<Reading, { valid: false }>,
  run: string,
  text: string,
  defaultCountry: CountryCode,
): PhoneFailure {
  const plus = run.indexOf('+');
  return failure(failureReason(reading), {
    input: text,
    country: reading.phone?.country ?? (plus < 0 ? defaultCountry : undefined),
    internationalDigits: plus < 0 ? undefined : run.slice(plus).replace(/\D/g, ''),
  });
}
