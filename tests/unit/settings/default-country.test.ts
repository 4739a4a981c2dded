import { describe, expect, it } from 'vitest';
import { defaultCountryFor } from '@/utils/settings/default-country';

describe('defaultCountryFor', () => {
  it.each<[string[], string]>([
    [['en-KE', 'en'], 'KE'],
    [['en', 'fil-PH'], 'PH'],
    [['de-DE'], 'DE'],
    [['zh-Hant-TW'], 'TW'],
    [['en'], 'PH'],
    [[], 'PH'],
    [['not a tag!', 'sw-TZ'], 'TZ'],
    [['es-419'], 'PH'],
  ])('%j → %s', (languages, country) => {
    expect(defaultCountryFor(languages)).toBe(country);
  });
});
