import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, parsePhoneNumber } from '@/utils/phone/parse-phone-number';

// Property runs and megabyte inputs take a second or two; a busy machine must not fail them.
const TIMEOUT_MS = 60_000;

describe('parsePhoneNumber', () => {
  it('gives everything the composer and the API need', () => {
    expect(parsePhoneNumber('0917-123-4567', 'PH')).toEqual({
      ok: true,
      e164: '+639171234567',
      digits: '639171234567',
      display: '+63 917 123 4567',
      country: 'PH',
      countryName: 'Philippines',
      type: 'MOBILE',
    });
  });

  it('names non-geographic numbers by their calling code', () => {
    expect(parsePhoneNumber('+800 1234 5678', 'PH')).toMatchObject({
      ok: true,
      country: undefined,
      countryName: '+800',
      type: 'TOLL_FREE',
    });
  });

  it('leaves the extension out of the display as well as the digits', () => {
    expect(parsePhoneNumber('+1 415 555 0132 ext. 12', 'US')).toMatchObject({
      digits: '14155550132',
      display: '+1 415 555 0132',
    });
  });

  it('prefers the national reading when both readings are valid', () => {
    // "4155550132" is a valid US number; as international digits it would be +41 (Switzerland).
    expect(parsePhoneNumber('4155550132', 'US')).toMatchObject({ ok: true, country: 'US' });
  });

  it('reads international digits without "+" only when the national reading fails', () => {
    expect(parsePhoneNumber('447400123456', 'PH')).toMatchObject({ ok: true, country: 'GB' });
    expect(parsePhoneNumber('447400123456', 'GB')).toMatchObject({ ok: true, country: 'GB' });
  });

  it('lists the different numbers it found', () => {
    expect(parsePhoneNumber('Mobile 0917 123 4567, office (02) 8123 4567', 'PH')).toEqual({
      ok: false,
      reason: 'several-numbers',
      message:
        'This text has several phone numbers: +63 917 123 4567, +63 2 8123 4567. Select just one.',
      numbers: ['+639171234567', '+63281234567'],
    });
  });

  it('does not let a right-to-left override pass off other digits as the number shown', () => {
    // Displayed by a browser as "+63 917 123 4567"; the characters are in another order.
    const result = parsePhoneNumber('\u202e7654 321 719 36+', 'PH');
    expect(result.ok).toBe(false);
  });

  it('explains failures in plain words', () => {
    expect(parsePhoneNumber('0917 123 45', 'PH')).toMatchObject({
      reason: 'too-short',
      message: '“0917 123 45” is too short for a phone number in the Philippines.',
    });
    expect(parsePhoneNumber('hello', 'PH')).toMatchObject({
      reason: 'not-a-number',
      message: '“hello” is not a phone number.',
    });
    expect(parsePhoneNumber('+999 1234 5678', 'PH')).toMatchObject({
      reason: 'invalid-country-code',
      message:
        '“+999 1234 5678” does not start with a country calling code (no country uses +999).',
    });
  });

  it('quotes the input without its invisible characters', () => {
    const result = parsePhoneNumber('09\u200b17 123 45', 'PH');
    expect(result.ok ? '' : result.message).toContain('“0917 123 45”');
  });

  it(`reads up to ${MAX_INPUT_LENGTH} characters and refuses more before parsing`, () => {
    const padded = `Mobile: 0917 123 4567${' '.repeat(MAX_INPUT_LENGTH)}(office)`;
    expect(parsePhoneNumber(padded.slice(0, MAX_INPUT_LENGTH), 'PH').ok).toBe(true);
    expect(parsePhoneNumber(padded, 'PH')).toMatchObject({ ok: false, reason: 'not-a-number' });
  });

  it('ignores whitespace around the input when measuring it', () => {
    const input = `${' '.repeat(10_000)}0917 123 4567${'\n'.repeat(10_000)}`;
    expect(parsePhoneNumber(input, 'PH')).toMatchObject({ ok: true, digits: '639171234567' });
  });

  it.each([
    ['digits', '9'.repeat(100_000)],
    ['a number repeated', '0917 123 4567 '.repeat(10_000)],
    ['invisible characters', '\u200b'.repeat(100_000)],
    ['a megabyte of text with a number in it', `${'lorem ipsum '.repeat(90_000)}0917 123 4567`],
    ['a long link', `sms:+639171234567?body=${'a'.repeat(100_000)}`],
  ])(
    'refuses a huge input (%s) as not a number',
    (_label, input) => {
      expect(parsePhoneNumber(input, 'PH')).toMatchObject({ ok: false, reason: 'not-a-number' });
    },
    TIMEOUT_MS,
  );
});
