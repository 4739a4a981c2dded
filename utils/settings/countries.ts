import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';

export type Country = {
  /** ISO 3166 two-letter code, as libphonenumber-js knows it ("PH"). */
  code: string;
  /** English name ("Philippines"). */
  name: string;
  /** Calling code with its plus ("+63"). */
  callingCode: string;
};

let cache: Country[] | undefined;

/** Every country libphonenumber-js can parse numbers for, so a default country always works. */
export function listCountries(): Country[] {
  cache ??= buildCountries();
  return cache;
}

function buildCountries(): Country[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return getCountries()
    .map((code) => ({
      code,
      name: names.of(code) ?? code,
      callingCode: `+${getCountryCallingCode(code)}`,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function findCountry(code: string): Country | undefined {
  return listCountries().find((country) => country.code === code);
}

export function countryLabel(country: Country): string {
  return `${country.name} (${country.callingCode})`;
}

/**
 * Matches a name ("phil", "cote" for Côte d’Ivoire), a two-letter code ("ke") or a calling code
 * ("+63", "63"). Exact code matches come first, then names that start with the query, then the rest,
 * so the likely pick is at the top of a short list.
 */
export function filterCountries(query: string, countries: Country[] = listCountries()): Country[] {
  const text = fold(query);
  if (text === '') return countries;
  const digits = /^\+?\s*(\d{1,4})$/.exec(text)?.[1];
  if (digits) return countries.filter((country) => country.callingCode.startsWith(`+${digits}`));

  const ranked = countries
    .map((country) => ({ country, rank: rankByName(country, text) }))
    .filter((entry) => entry.rank < NO_MATCH);
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.country);
}

const NO_MATCH = 3;

function rankByName(country: Country, text: string): number {
  if (fold(country.code) === text) return 0;
  const name = fold(country.name);
  if (name.startsWith(text)) return 1;
  if (name.includes(text)) return 2;
  return NO_MATCH;
}

/** Lower case without accents or apostrophes, so "cote divoire" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase().trim();
}
