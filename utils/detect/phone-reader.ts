import { createPhoneFinder, type PhoneMatch, type TextContext } from './find-phone-numbers';
import { readPhoneHref } from './phone-href';
import { PHONE_METADATA } from './phone-metadata';
import { createPhoneValidator, toCountryCode, type ValidNumber } from './phone-validity';

/** Detection bound to the metadata and the user's default country, as the content script uses it. */
export type PhoneReader = {
  readText(text: string, context?: TextContext): PhoneMatch[];
  readHref(href: string): ValidNumber[];
};

/** An unknown or missing country still finds every number written with "+". */
export function createPhoneReader(defaultCountry: string | undefined): PhoneReader {
  const validate = createPhoneValidator(PHONE_METADATA);
  const country = toCountryCode(defaultCountry, PHONE_METADATA);
  const find = createPhoneFinder(validate);
  return {
    readText: (text, context) => find(text, country, context),
    readHref: (href) => readPhoneHref(href, country, validate),
  };
}
