import { createPhoneFinder, type PhoneMatch, type TextContext } from './find-phone-numbers';
import { readPhoneHref } from './phone-href';
import { PHONE_METADATA } from './phone-metadata';
import { createPhoneValidator, toCountryCode, type ValidNumber } from './phone-validity';

/**
 * Finds the numbers in a page's text and links, bound to the metadata and the user's default
 * country, in one synchronous step: the reference the content script's detector
 * (page-detector.ts: finding in the page, validity asked of the background) must equal, used by
 * the tests and the benchmark. (A menu click's selection is read by
 * utils/context-menu/recipient-reader.ts.)
 */
export type PhoneDetector = {
  readText(text: string, context?: TextContext): PhoneMatch[];
  readHref(href: string): ValidNumber[];
};

/** An unknown or missing country still finds every number written with "+". */
export function createPhoneDetector(defaultCountry: string | undefined): PhoneDetector {
  const validate = createPhoneValidator(PHONE_METADATA);
  const country = toCountryCode(defaultCountry, PHONE_METADATA);
  const find = createPhoneFinder(validate);
  return {
    readText: (text, context) => find(text, country, context),
    readHref: (href) => readPhoneHref(href, country, validate),
  };
}
