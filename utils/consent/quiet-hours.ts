import { z } from 'zod';

/**
 * The hours in which messages may go out, in the recipient's local time, "HH:MM" 24-hour. A
 * window whose end is before its start crosses midnight (22:00–06:00 for a night shift).
 * The US forbids solicitations before 8 a.m. and after 9 p.m. local time (47 CFR 64.1200(c)(1)),
 * the Philippines' NTC between 9 p.m. and 7 a.m.: 08:00–21:00 satisfies both.
 */
const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time like 08:00');

export const sendingWindowSchema = z
  .strictObject({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((window) => window.start !== window.end, 'The window must not start when it ends');
export type SendingWindow = z.infer<typeof sendingWindowSchema>;

/** The quiet-hours setting: the window messages go in, or false to send at any hour. */
export const quietHoursSchema = z.union([sendingWindowSchema, z.literal(false)]);
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const DEFAULT_QUIET_HOURS: SendingWindow = { start: '08:00', end: '21:00' };

export type QuietHoursDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** When the window next opens in every possible zone. */
      heldUntil: number;
      /** The zone that is quiet now, its local time now, and the opening in its local time. */
      timeZone: string;
      localTime: string;
      opensAt: string;
    };

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Hours and minutes at `time` in `timeZone`, from the browser's own zone data (so DST is right). */
function localClock(timeZone: string, time: number): { minutes: number; text: string } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(time);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? 0);
  return { minutes: hour * 60 + minute, text: `${pad(hour)}:${pad(minute)}` };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function minutesOf(clockTime: string): number {
  const [hours = 0, minutes = 0] = clockTime.split(':').map(Number);
  return hours * 60 + minutes;
}

function inWindow(minutes: number, window: SendingWindow): boolean {
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  if (start < end) return minutes >= start && minutes < end;
  return minutes >= start || minutes < end;
}

export function isOpenIn(timeZone: string, window: SendingWindow, time: number): boolean {
  return inWindow(localClock(timeZone, time).minutes, window);
}

/**
 * The first minute after `after` at which the window opens in `timeZone`: the local start time
 * found from today's offset, then corrected once if a DST change lies in between (on a day the
 * clock skips the start time, the window opens at the first minute after the gap).
 */
function nextOpening(timeZone: string, window: SendingWindow, after: number): number {
  const start = minutesOf(window.start);
  const from = Math.floor(after / MINUTE) * MINUTE;
  const ahead =
    (start - localClock(timeZone, from).minutes + DAY_MINUTES) % DAY_MINUTES || DAY_MINUTES;
  let candidate = from + ahead * MINUTE;
  const off = localClock(timeZone, candidate).minutes - start;
  const shift = ((off + DAY_MINUTES + DAY_MINUTES / 2) % DAY_MINUTES) - DAY_MINUTES / 2;
  candidate -= shift * MINUTE;
  return candidate > from ? candidate : candidate + DAY_MINUTES * MINUTE;
}

/**
 * Whether a message may go now to someone who may be in any of `timeZones`. Where the zone is
 * ambiguous the hour counts as quiet if it is quiet in any of them, and the message waits until
 * the window is open in all of them: the opening of one zone's window, the first such that the
 * others are open too. If the zones' windows never overlap (a short window across many zones), it
 * waits for the last zone's opening within a day, so it still goes at a daytime hour for most.
 */
export function decideQuietHours(
  timeZones: readonly string[],
  quietHours: QuietHours,
  now: number,
): QuietHoursDecision {
  if (quietHours === false || timeZones.length === 0) return { allowed: true };
  const quietZone = timeZones.find((zone) => !isOpenIn(zone, quietHours, now));
  if (quietZone === undefined) return { allowed: true };
  const openings = timeZones
    .flatMap((zone) => {
      const first = nextOpening(zone, quietHours, now);
      const second = nextOpening(zone, quietHours, first);
      return [first, second, nextOpening(zone, quietHours, second)];
    })
    .sort((a, b) => a - b);
  const allOpen = openings.find((time) =>
    timeZones.every((zone) => isOpenIn(zone, quietHours, time)),
  );
  const firstDay = openings.filter((time) => time < now + DAY_MINUTES * MINUTE);
  const heldUntil = allOpen ?? Math.max(...firstDay);
  return {
    allowed: false,
    heldUntil,
    timeZone: quietZone,
    localTime: localClock(quietZone, now).text,
    opensAt: localClock(quietZone, heldUntil).text,
  };
}
