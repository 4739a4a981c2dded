import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSmsUri } from '@/utils/phone/parse-sms-uri';

// Property runs and megabyte inputs take a second or two; a busy machine must not fail them.
const TIMEOUT_MS = 60_000;

describe('parseSmsUri', () => {
  it.each([
    ['tel:+1-415-555-0132', { number: '+14155550132' }],
    ['tel:+1-415-555-0132;ext=12', { number: '+14155550132' }],
    ['tel:+1.415.555.0132', { number: '+14155550132' }],
    ['tel:+1(415)555-0132', { number: '+14155550132' }],
    ['tel:%2B63%20917%20123%204567', { number: '+639171234567' }],
    ['tel:0917-123-4567', { number: '09171234567' }],
    ['tel:555-0132;phone-context=+1-415', { number: '+14155550132' }],
    ['tel:555-0132;phone-context=example.com', { number: '5550132' }],
    ['TEL:+14155550132', { number: '+14155550132' }],
    ['sms:+639171234567', { number: '+639171234567' }],
    ['sms:+639171234567?body=Hi', { number: '+639171234567', body: 'Hi' }],
    ['sms:+639171234567?body=Hi%20there%21', { number: '+639171234567', body: 'Hi there!' }],
    ['sms:+639171234567?BODY=Hi', { number: '+639171234567', body: 'Hi' }],
    ['sms:+639171234567?subject=x&body=Hello', { number: '+639171234567', body: 'Hello' }],
    ['sms:+639171234567&body=Hi', { number: '+639171234567', body: 'Hi' }],
    ['sms:+639171234567?body=1+1', { number: '+639171234567', body: '1+1' }],
    ['sms:+639171234567?body=%E2%82%AC5', { number: '+639171234567', body: '€5' }],
    ['sms:+639171234567?body=100%', { number: '+639171234567', body: '100%' }],
    ['sms://+639171234567', { number: '+639171234567' }],
    ['sms:+639171234567,+639187654321', { number: '+639171234567' }],
    ['sms:+639171234567,+639187654321?body=Hi', { number: '+639171234567', body: 'Hi' }],
    ['smsto:+639171234567', { number: '+639171234567' }],
    ['  sms:+639171234567  ', { number: '+639171234567' }],
    ['tel:\u202a+63 917 123 4567\u202c', { number: '+639171234567' }],
    ['tel:+６３９１７１２３４５６７', { number: '+639171234567' }],
  ])('reads %j', (uri, expected) => {
    expect(parseSmsUri(uri)).toEqual(expected);
  });

  it.each([
    ['not a link', '+639171234567'],
    ['another scheme', 'mailto:someone@example.com'],
    ['http link', 'https://example.com/tel:+639171234567'],
    ['no number', 'sms:?body=Hi'],
    ['empty tel', 'tel:'],
    ['letters', 'tel:CALL-NOW'],
    ['a plus in the middle', 'tel:63+9171234567'],
    ['a malformed escape', 'tel:%E0%A4%A'],
  ])('ignores %s', (_label, uri) => {
    expect(parseSmsUri(uri)).toBeUndefined();
  });

  it(
    'returns a bare "+digits" number and never throws',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
          for (const uri of [text, `sms:${text}`, `tel:${text}`]) {
            const parsed = parseSmsUri(uri);
            if (parsed) expect(parsed.number).toMatch(/^\+?\d+$/);
          }
        }),
        { numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'gives back the number and body it was built from',
    () => {
      const number = fc.string({
        unit: fc.constantFrom(...'0123456789'),
        minLength: 7,
        maxLength: 15,
      });
      fc.assert(
        fc.property(number, fc.string({ unit: 'grapheme', maxLength: 40 }), (digits, body) => {
          const uri = `sms:+${digits}?body=${encodeURIComponent(body)}`;
          expect(parseSmsUri(uri)).toEqual({ number: `+${digits}`, body });
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads a huge link in linear time',
    () => {
      const parsed = parseSmsUri(`sms:+639171234567?body=${'a'.repeat(1_000_000)}`);
      expect(parsed?.body?.length).toBe(1_000_000);
    },
    TIMEOUT_MS,
  );
});
