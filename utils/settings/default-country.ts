import { DEFAULT_COUNTRY } from './settings-schema';

/**
 * The region named in the browser's language ("en-KE" → "KE"), else the Philippines,
 * engageSPARK's home. A bare language ("en") names no country, so it is not guessed.
 */
export function defaultCountryFor(languages: readonly string[]): string {
  for (const language of languages) {
    const region = regionOf(language);
    if (region) return region;
  }
  return DEFAULT_COUNTRY;
}

function regionOf(language: string): string | undefined {
  try {
    const region = new Intl.Locale(language).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined; // A malformed language tag says nothing about the region.
  }
}
