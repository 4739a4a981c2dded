import { createPhoneFinder } from '@/utils/detect/find-phone-numbers';
import { PHONE_METADATA } from '@/utils/detect/phone-metadata';
import { createPhoneValidator, toCountryCode } from '@/utils/detect/phone-validity';

export const validate = createPhoneValidator(PHONE_METADATA);
const find = createPhoneFinder(validate);

/** The international digits found in `text`, as the content script would with that default country. */
export function digitsIn(text: string, country = 'PH', label?: string): string[] {
  return find(text, toCountryCode(country, PHONE_METADATA), {
    label: label === undefined ? undefined : () => label,
  }).map((match) => match.digits);
}

export function countryCode(country: string): ReturnType<typeof toCountryCode> {
  return toCountryCode(country, PHONE_METADATA);
}
