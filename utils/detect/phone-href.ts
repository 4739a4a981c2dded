import type { CountryCode } from 'libphonenumber-js/core';
import { countDigits, MAX_DIGITS, MIN_DIGITS } from './find-candidates';
import type { PhoneValidator, ValidNumber } from './phone-validity';

const PHONE_SCHEME = /^\s*(?:tel|sms|callto):/i;
const VISUAL_SEPARATORS = /[^\d+]/g;

/** tel:, sms: and callto: links: their number is in the address, whatever the link's text says. */
export function isPhoneHref(href: string | null): href is string {
  return href !== null && PHONE_SCHEME.test(href);
}

/**
 * The valid numbers in a tel:/sms: address (RFC 3966 / RFC 5724): "tel:+1-415-555-0132;ext=12",
 * "sms:+14155550132,+14155550133?body=Hi", "tel:0917%20123%204567". Parameters and the body are
 * dropped; a national number is read with the default country.
 */
export function readPhoneHref(
  href: string,
  country: CountryCode | undefined,
  validate: PhoneValidator,
): ValidNumber[] {
  const address = decode(href.replace(PHONE_SCHEME, '').replace(/^\/\//, '').split('?')[0] ?? '');
  const numbers: ValidNumber[] = [];
  for (const recipient of address.split(',')) {
    const written = (recipient.split(';')[0] ?? '').replace(VISUAL_SEPARATORS, '');
    const digits = countDigits(written);
    if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
    const valid = validate(written, country);
    if (valid && !numbers.some((other) => other.digits === valid.digits)) numbers.push(valid);
  }
  return numbers;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // A stray "%" is kept as written; the digits are what count.
  }
}
