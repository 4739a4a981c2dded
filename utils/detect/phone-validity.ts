import {
  type CountryCode,
  isSupportedCountry,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';

/** A number the metadata calls valid: its international digits (no "+") and how to show it. */
export type ValidNumber = { digits: string; display: string };

/** Reads one candidate; undefined when it is not a valid number for the default country's plan. */
export type PhoneValidator = (
  candidate: string,
  country: CountryCode | undefined,
) => ValidNumber | undefined;

/**
 * Validity (the number's prefix and length are in use), not mere possibility (its length fits):
 * "1 234 567" is possible in many countries and valid in few. The metadata is passed in so the
 * content script ships only the smallest set that gives validity (see phone-metadata.ts).
 */
export function createPhoneValidator(metadata: MetadataJson): PhoneValidator {
  return (candidate, country) => {
    const parsed = parsePhoneNumberFromString(
      candidate,
      { defaultCountry: country, extract: false },
      metadata,
    );
    if (!parsed?.isValid()) return undefined;
    return { digits: parsed.number.slice(1), display: parsed.formatInternational() };
  };
}

/** The settings' country if the metadata knows it; else only numbers written with "+" are read. */
export function toCountryCode(
  country: string | undefined,
  metadata: MetadataJson,
): CountryCode | undefined {
  if (!country || !/^[A-Z]{2}$/.test(country)) return undefined;
  return isSupportedCountry(country as CountryCode, metadata)
    ? (country as CountryCode)
    : undefined;
}
