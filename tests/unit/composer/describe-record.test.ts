import { describe, expect, it } from 'vitest';
import { describeCharacter, describeCharacters } from '@/utils/composer/describe-character';
import {
  describeStatus,
  firstLine,
  formatCountdown,
  formatEstimate,
  formatLocalTime,
  formatWhen,
  recordActions,
} from '@/utils/composer/describe-record';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { makeRecord } from './make-record';

const NOW = 5_000_000;

describe('describeStatus', () => {
  const cases: [Partial<MessageRecord>, string, string][] = [
    [{ status: 'queued' }, 'Queued', 'waiting'],
    [{ status: 'queued', outcomeUnknown: true }, 'Queued — trying again', 'waiting'],
    [{ status: 'sending' }, 'Sending', 'waiting'],
    [{ status: 'held', heldUntil: NOW + 42_000 }, 'Held — sends in 0:42', 'waiting'],
    [{ status: 'sent', delivery: 'pending' }, 'Sent', 'ok'],
    [{ status: 'sent', delivery: 'delivered-to-telco' }, 'Delivered to carrier', 'ok'],
    [{ status: 'sent', delivery: 'delivered' }, 'Delivered', 'ok'],
    [
      { status: 'sent', delivery: 'failed', deliveryError: 'unreachable' },
      'Failed: unreachable',
      'problem',
    ],
    [
      { status: 'failed', failure: { kind: 'funds' } },
      'Failed: Not enough funds in your engageSPARK organization',
      'problem',
    ],
    [{ status: 'failed', outcomeUnknown: true }, 'May not have been sent', 'problem'],
    [{ status: 'cancelled' }, 'Cancelled', 'neutral'],
  ];
  it.each(cases)('%o → %s', (overrides, word, tone) => {
    expect(describeStatus(makeRecord(overrides), NOW)).toEqual({ word, tone });
  });
});

describe('recordActions', () => {
  it('offers cancel for waiting messages, try again for failures, send again for sent ones', () => {
    expect(recordActions(makeRecord({ status: 'queued' }))).toEqual(['cancel']);
    expect(recordActions(makeRecord({ status: 'held' }))).toEqual(['cancel']);
    expect(recordActions(makeRecord({ status: 'sending' }))).toEqual([]);
    expect(recordActions(makeRecord({ status: 'failed' }))).toEqual(['retry']);
    expect(recordActions(makeRecord({ status: 'sent' }))).toEqual(['send-again']);
  });
});

describe('formatting', () => {
  it('counts down in minutes and seconds, never below zero', () => {
    expect(formatCountdown(42_000)).toBe('0:42');
    expect(formatCountdown(61_001)).toBe('1:02');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatCountdown(59 * 60_000 + 59_000)).toBe('59:59');
    expect(formatCountdown(9 * 3_600_000 + 46 * 60_000)).toBe('9:46:00');
  });

  it('keeps the first line that has text', () => {
    expect(firstLine('\n  \nHello\nWorld')).toBe('Hello');
    expect(firstLine('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('dates history entries only when they are not from today', () => {
    const now = new Date(2025, 0, 2, 15, 0).getTime();
    expect(formatWhen(new Date(2025, 0, 2, 9, 5).getTime(), now, 'en-US')).toMatch(/^9:05\sAM$/);
    expect(formatWhen(new Date(2025, 0, 1, 9, 5).getTime(), now, 'en-US')).toMatch(/^Jan 1, 2025/);
  });

  it('writes estimates in dollars and deadlines in local time', () => {
    expect(formatEstimate('0.02')).toBe('$0.02');
    expect(formatEstimate('')).toBeUndefined();
    expect(formatEstimate('n/a')).toBeUndefined();
    expect(formatLocalTime('2025-01-02T03:04:05Z', 'en-US')).toMatch(/Jan 2, 2025/);
    expect(formatLocalTime('not a date')).toBeUndefined();
    expect(formatLocalTime('')).toBeUndefined();
  });
});

describe('describeCharacter', () => {
  it('quotes visible characters and names invisible ones by code', () => {
    expect(describeCharacter('’')).toBe('“’”');
    expect(describeCharacter('👍🏽')).toBe('“👍🏽”');
    expect(describeCharacter('\u00A0')).toBe('an invisible character (U+00A0)');
    expect(describeCharacter('\u200B')).toBe('an invisible character (U+200B)');
  });

  it('lists a few and counts the rest', () => {
    expect(describeCharacters(['’'])).toBe('“’”');
    expect(describeCharacters(['’', '😀'])).toBe('“’” and “😀”');
    expect(describeCharacters(['a', 'b', 'c', 'd', 'e'])).toBe('“a”, “b”, “c” and 2 more');
  });
});
