import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

/**
 * "639171234567" → "+63 917 123 4567". The UI shows this, rebuilt from the digits that will be
 * sent, and never the text found on the page, which could differ (bidi tricks, look-alikes).
 * Digits it cannot group exactly as given are shown as "+" and the digits; non-digits are ignored.
 */
export function formatDigitsForDisplay(digits: string): string {
  const onlyDigits = digits.replace(/\D/g, '');
  if (onlyDigits === '') return '';
  const e164 = `+${onlyDigits}`;
  try {
    const formatted = parsePhoneNumberWithError(e164).formatInternational();
    // Parsing may drop digits (a national "0" after the country code); then show them all.
    return formatted.replace(/\D/g, '') === onlyDigits ? formatted : e164;
  } catch {
    return e164;
  }
}
