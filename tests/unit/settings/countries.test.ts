import { getCountries } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import {
  countryLabel,
  filterCountries,
  findCountry,
  listCountries,
} from '@/utils/settings/countries';

function codes(query: string): string[] {
  return filterCountries(query).map((country) => country.code);
}

describe('listCountries', () => {
  it('lists every country libphonenumber-js can parse numbers for', () => {
    expect(
      listCountries()
        .map((country) => country.code)
        .sort(),
    ).toEqual([...getCountries()].sort());
  });

  it('is sorted by English name', () => {
    const names = listCountries().map((country) => country.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives English names and calling codes', () => {
    expect(findCountry('PH')).toEqual({ code: 'PH', name: 'Philippines', callingCode: '+63' });
    expect(findCountry('KE')).toEqual({ code: 'KE', name: 'Kenya', callingCode: '+254' });
    expect(findCountry('ZZ')).toBeUndefined();
  });

  it('labels a country with its calling code', () => {
    const philippines = findCountry('PH');
    expect(philippines && countryLabel(philippines)).toBe('Philippines (+63)');
  });
});

describe('filterCountries', () => {
  it('gives the whole list for an empty query', () => {
    expect(filterCountries('  ')).toHaveLength(listCountries().length);
  });

  it('matches the start of a name, in any case', () => {
    expect(codes('PHIL')).toEqual(['PH']);
  });

  it('matches inside a name after the names that start with it', () => {
    const found = codes('guinea');
    expect(found.slice(0, 2)).toEqual(['GN', 'GW']);
    expect(found).toContain('PG');
    expect(found).toContain('GQ');
  });

  it('matches a two-letter code first', () => {
    expect(codes('ke')[0]).toBe('KE');
    expect(codes('us')[0]).toBe('US');
  });

  it('ignores accents and apostrophes', () => {
    expect(codes('cote divoire')).toEqual(['CI']);
    expect(codes('curacao')).toEqual(['CW']);
  });

  it.each([
    ['+63', ['PH']],
    ['63', ['PH']],
    ['+ 254', ['KE']],
  ])('matches the calling code %j', (query, expected) => {
    expect(codes(query)).toEqual(expected);
  });

  it('lists every country that shares a calling code', () => {
    expect(codes('+1')).toEqual(expect.arrayContaining(['US', 'CA', 'JM']));
    expect(codes('+1').every((code) => findCountry(code)?.callingCode.startsWith('+1'))).toBe(true);
  });

  it('finds nothing for nonsense', () => {
    expect(codes('xyzzy')).toEqual([]);
    expect(codes('+99999')).toEqual([]);
  });
});
