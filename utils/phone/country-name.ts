import type { CountryCode } from 'libphonenumber-js';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * Country names that take "the" in a sentence ("in the Philippines", "in Kenya"): plural names,
 * and names built on a common noun. Names ending in "Islands" are caught by rule.
 */
const NAMES_WITH_ARTICLE: ReadonlySet<CountryCode> = new Set<CountryCode>([
  'AE',
  'BS',
  'CF',
  'DO',
  'GB',
  'GM',
  'KM',
  'MV',
  'NL',
  'PH',
  'PS',
  'SC',
  'US',
  'VA',
]);

/** English name of a country ("Philippines"); the code itself if the runtime has no name. */
export function countryName(country: CountryCode): string {
  try {
    return REGION_NAMES.of(country) ?? country;
  } catch {
    return country;
  }
}

/** The name as it reads after "in": "the Philippines", "Kenya", "the Cayman Islands". */
export function countryInSentence(country: CountryCode): string {
  const name = countryName(country);
  const needsArticle = NAMES_WITH_ARTICLE.has(country) || name.endsWith(' Islands');
  return needsArticle ? `the ${name}` : name;
}
