import { describe, expect, it, vi } from 'vitest';
import { decideQuietHours, isOpenIn, quietHoursSchema } from '@/utils/consent/quiet-hours';
import { timeZonesOfCountry, timeZonesOfNumber } from '@/utils/consent/recipient-time-zones';

const DAYTIME = { start: '08:00', end: '21:00' };
const at = (iso: string) => Date.parse(iso);

describe('decideQuietHours in one zone', () => {
  it('holds a message at 22:14 in Manila until 08:00 there, and says so', () => {
    expect(decideQuietHours(['Asia/Manila'], DAYTIME, at('2026-11-30T14:14:30Z'))).toEqual({
      allowed: false,
      heldUntil: at('2026-12-01T00:00:00Z'),
      timeZone: 'Asia/Manila',
      localTime: '22:14',
      opensAt: '08:00',
    });
  });

  it('lets a message go inside the window, from its first minute to its last', () => {
    expect(decideQuietHours(['Asia/Manila'], DAYTIME, at('2026-11-30T00:00:00Z'))).toEqual({
      allowed: true,
    });
    expect(decideQuietHours(['Asia/Manila'], DAYTIME, at('2026-11-30T12:59:59Z'))).toEqual({
      allowed: true,
    });
    expect(decideQuietHours(['Asia/Manila'], DAYTIME, at('2026-11-30T13:00:00Z')).allowed).toBe(
      false,
    );
  });

  it('holds early in the morning until the same day opens', () => {
    const decision = decideQuietHours(['Asia/Manila'], DAYTIME, at('2026-11-29T19:30:00Z'));
    expect(decision).toMatchObject({ allowed: false, localTime: '03:30', opensAt: '08:00' });
    expect(decision.allowed === false && decision.heldUntil).toBe(at('2026-11-30T00:00:00Z'));
  });

  it('sends at any hour when quiet hours are off', () => {
    expect(decideQuietHours(['Asia/Manila'], false, at('2026-11-30T18:00:00Z'))).toEqual({
      allowed: true,
    });
  });
});

describe('windows that cross midnight', () => {
  const NIGHT = { start: '22:00', end: '06:00' };
  it('is open late at night and early in the morning', () => {
    expect(isOpenIn('Asia/Manila', NIGHT, at('2026-11-30T15:00:00Z'))).toBe(true); // 23:00
    expect(isOpenIn('Asia/Manila', NIGHT, at('2026-11-30T21:59:00Z'))).toBe(true); // 05:59
    expect(isOpenIn('Asia/Manila', NIGHT, at('2026-11-30T22:00:00Z'))).toBe(false); // 06:00
  });

  it('holds a midday message until 22:00', () => {
    const decision = decideQuietHours(['Asia/Manila'], NIGHT, at('2026-11-30T04:00:00Z'));
    expect(decision).toMatchObject({ allowed: false, localTime: '12:00', opensAt: '22:00' });
    expect(decision.allowed === false && decision.heldUntil).toBe(at('2026-11-30T14:00:00Z'));
  });

  it('refuses a window that starts when it ends, and reads "HH:MM" only', () => {
    expect(quietHoursSchema.safeParse({ start: '08:00', end: '08:00' }).success).toBe(false);
    expect(quietHoursSchema.safeParse({ start: '8:00', end: '21:00' }).success).toBe(false);
    expect(quietHoursSchema.safeParse({ start: '08:00', end: '24:00' }).success).toBe(false);
    expect(quietHoursSchema.safeParse(false).success).toBe(true);
  });
});

describe('DST changes', () => {
  it('opens at 08:00 EDT the morning the clocks spring forward (not an hour late)', () => {
    // 23:00 EST on Saturday 7 March 2026; at 02:00 the clock jumps to 03:00.
    const decision = decideQuietHours(['America/New_York'], DAYTIME, at('2026-03-08T04:00:00Z'));
    expect(decision).toMatchObject({ allowed: false, localTime: '23:00', opensAt: '08:00' });
    expect(decision.allowed === false && decision.heldUntil).toBe(at('2026-03-08T12:00:00Z'));
  });

  it('opens at 08:00 EST the morning the clocks fall back (not an hour early)', () => {
    const decision = decideQuietHours(['America/New_York'], DAYTIME, at('2026-11-01T03:00:00Z'));
    expect(decision).toMatchObject({ allowed: false, localTime: '23:00', opensAt: '08:00' });
    expect(decision.allowed === false && decision.heldUntil).toBe(at('2026-11-01T13:00:00Z'));
  });

  it('reads the local hour with the summer offset in London', () => {
    // 07:30 UTC is 08:30 BST in July (open) but 07:30 GMT in January (quiet).
    expect(isOpenIn('Europe/London', DAYTIME, at('2026-07-01T07:30:00Z'))).toBe(true);
    expect(isOpenIn('Europe/London', DAYTIME, at('2026-01-15T07:30:00Z'))).toBe(false);
  });
});

describe('multi-zone countries', () => {
  it('knows the zones of a number from its country where no area code tells', () => {
    expect(timeZonesOfNumber('639171234567')).toEqual(['Asia/Manila']);
    // A toll-free US number (800) has no area; area codes are in zone-prefixes.test.ts.
    const us = timeZonesOfNumber('18005551234');
    expect(us).toEqual(expect.arrayContaining(['America/New_York', 'Pacific/Honolulu']));
    const au = timeZonesOfNumber('61412345678');
    expect(au).toEqual(expect.arrayContaining(['Australia/Perth', 'Australia/Sydney']));
    expect(timeZonesOfNumber('12')).toEqual([]);
    expect(timeZonesOfCountry('ZZ')).toEqual([]);
  });

  it('holds a US message while it is early in the west, until 08:00 in Hawaii', () => {
    const us = timeZonesOfCountry('US');
    // 09:00 in New York, 06:00 in Los Angeles, 03:00 in Honolulu (15 June 2026).
    const decision = decideQuietHours(us, DAYTIME, at('2026-06-15T13:00:00Z'));
    expect(decision.allowed).toBe(false);
    // 08:00 HST = 18:00 UTC, when it is 14:00 in New York.
    expect(decision.allowed === false && decision.heldUntil).toBe(at('2026-06-15T18:00:00Z'));
    expect(decideQuietHours(us, DAYTIME, at('2026-06-15T18:00:00Z'))).toEqual({ allowed: true });
  });

  it('holds a US message at 21:30 in New York although it is afternoon in Hawaii', () => {
    const us = timeZonesOfCountry('US');
    const decision = decideQuietHours(us, DAYTIME, at('2026-06-16T01:30:00Z'));
    expect(decision).toMatchObject({ allowed: false });
  });

  it('holds an Australian message while Perth is still quiet', () => {
    const au = timeZonesOfNumber('61412345678');
    // 09:00 in Sydney (AEDT, +11) is 06:00 in Perth (+8) on 1 December.
    const decision = decideQuietHours(au, DAYTIME, at('2026-11-30T22:00:00Z'));
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(au.every((zone) => isOpenIn(zone, DAYTIME, decision.heldUntil))).toBe(true);
    expect(isOpenIn('Australia/Perth', DAYTIME, decision.heldUntil - 60_000)).toBe(false);
  });

  it('still picks an hour within a day when the window is open nowhere at once', () => {
    const us = timeZonesOfCountry('US');
    const now = at('2026-06-15T10:00:00Z');
    const decision = decideQuietHours(us, { start: '08:00', end: '09:00' }, now);
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(decision.heldUntil).toBeGreaterThan(now);
    expect(decision.heldUntil).toBeLessThan(now + 24 * 3_600_000);
  });
});

describe('zones the browser does not know', () => {
  it('leaves them out instead of failing the send', async () => {
    vi.resetModules();
    const fresh = await import('@/utils/consent/recipient-time-zones');
    const format = Intl.DateTimeFormat;
    // A browser whose zone data lacks one of the country's zones (a class: Intl is called with new).
    class Refusing extends format {
      constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
        if (options?.timeZone === 'America/Kentucky/Monticello') throw new RangeError('unknown');
        super(locale, options);
      }
    }
    Intl.DateTimeFormat = Refusing as typeof Intl.DateTimeFormat;
    try {
      const zones = fresh.timeZonesOfCountry('US');
      expect(zones).not.toContain('America/Kentucky/Monticello');
      expect(zones).toContain('America/New_York');
    } finally {
      Intl.DateTimeFormat = format;
    }
  });
});
