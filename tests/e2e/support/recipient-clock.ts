/**
 * Numbers in single-zone countries spread over 14 hours of offsets (UTC−5 to UTC+9): at any real
 * moment at least one is in quiet hours and at least one in daytime, under 08:00–21:00. Tests
 * about quiet hours pick theirs from the real clock at test time, so they pass at any hour.
 */
const NUMBERS_BY_ZONE = [
  { number: '573001234567', timeZone: 'America/Bogota' },
  { number: '353871234567', timeZone: 'Europe/Dublin' },
  { number: '254712345678', timeZone: 'Africa/Nairobi' },
  { number: '919812345678', timeZone: 'Asia/Kolkata' },
  { number: '639171234567', timeZone: 'Asia/Manila' },
  { number: '819012345678', timeZone: 'Asia/Tokyo' },
] as const;

export const DAYTIME_WINDOW = { start: '08:00', end: '21:00' };
const OPENS = 8 * 60;
const CLOSES = 21 * 60;
/** Far enough from the window's edges that the test's own minutes cannot cross one. */
const MARGIN_MINUTES = 20;

export type ZonedNumber = { number: string; timeZone: string; localTime: string };

function localMinutes(timeZone: string, at: number): { minutes: number; text: string } {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return { minutes: hours * 60 + minutes, text };
}

function pick(at: number, wantQuiet: boolean): ZonedNumber {
  for (const { number, timeZone } of NUMBERS_BY_ZONE) {
    const { minutes, text } = localMinutes(timeZone, at);
    const quiet = minutes < OPENS - MARGIN_MINUTES || minutes >= CLOSES + MARGIN_MINUTES;
    const day = minutes >= OPENS + MARGIN_MINUTES && minutes < CLOSES - MARGIN_MINUTES;
    if (wantQuiet ? quiet : day) return { number, timeZone, localTime: text };
  }
  throw new Error('No number fits: the list of zones no longer spans the day.');
}

/** A number whose local time is now in quiet hours (before 08:00 or from 21:00). */
export function numberInQuietHours(at = Date.now()): ZonedNumber {
  return pick(at, true);
}

/** A number whose local time is now in the 08:00–21:00 window. */
export function numberInDaytime(at = Date.now()): ZonedNumber {
  return pick(at, false);
}

/** "+63 917…" is not needed: the composer accepts international digits with a plus. */
export function typed(number: string): string {
  return `+${number}`;
}
