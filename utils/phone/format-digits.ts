import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * "639171234567" → "+63 917 123 4567". The UI always shows a number rebuilt from the digits that
 * will actually be sent, never the text it was read from.
 */
export function formatDigitsForDisplay(digits: string): string {
  const phone = parsePhoneNumberFromString(`+${digits}`);
  return phone ? phone.formatInternational() : `+${digits}`;
}
