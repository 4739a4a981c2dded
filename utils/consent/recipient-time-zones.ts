import { getCountry } from 'countries-and-timezones';
import {
  type CountryCode,
  type PhoneNumber,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/max';
import { zonesOfPrefix } from './zone-prefixes';

/**
 * Calling codes whose mobile numbers still follow the area's prefix: Mexico, Argentina, Brazil,
 * China. libphonenumber's own zone mapper (PhoneNumberToTimeZonesMapper) treats these mobiles as
 * geographical and every other mobile as the whole country; its data maps such non-geographical
 * ranges to one zone (every Australian 04 mobile to Sydney, every Russian 9xx to Moscow), which
 * would let a text reach Perth at 05:00. libphonenumber also counts Indonesia (62) here; its
 * mobiles are left to the whole country, since the data gives them all Jakarta's hour.
 */
const GEOGRAPHICAL_MOBILES = new Set(['52', '54', '55', '86']);

/**
 * The IANA time zones a number may be in. A geographical number (a landline, any US or Canadian
 * number, a mobile where the prefix still says the area) of a country with several zones gets the
 * zones of its area code (zone-prefixes.ts), when those are the country's own; any other number
 * gets every zone of its country (countries-and-timezones, which follows the IANA zone tables),
 * and for a number shared by several countries (+1 outside a known area code, +7, +44 islands)
 * every possible country's. Where more than one zone is left, the quiet-hours guard holds while
 * any of them is quiet. Empty when the number cannot be read; the caller then falls back to the
 * default country.
 */
export function timeZonesOfNumber(digits: string): string[] {
  let phone: PhoneNumber;
  try {
    phone = parsePhoneNumberWithError(`+${digits}`);
  } catch {
    return [];
  }
  const countries: CountryCode[] = phone.country ? [phone.country] : phone.getPossibleCountries();
  const countryZones = [...new Set(countries.flatMap(timeZonesOfCountry))];
  if (!phone.country || countryZones.length < 2 || !isGeographical(phone)) return countryZones;
  const areaZones = (zonesOfPrefix(digits) ?? []).filter(isKnownToThisBrowser);
  // A zone the country does not have is the data's mistake: the whole country is safer.
  const ownZones = new Set(timeZonesOfCountryUnfiltered(phone.country));
  if (areaZones.length === 0 || !areaZones.every((zone) => ownZones.has(zone))) return countryZones;
  return areaZones;
}

function isGeographical(phone: PhoneNumber): boolean {
  const type = phone.getType();
  if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return true;
  return type === 'MOBILE' && GEOGRAPHICAL_MOBILES.has(phone.countryCallingCode);
}

export function timeZonesOfCountry(country: string): string[] {
  return timeZonesOfCountryUnfiltered(country).filter(isKnownToThisBrowser);
}

function timeZonesOfCountryUnfiltered(country: string): string[] {
  return getCountry(country)?.timezones ?? [];
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
