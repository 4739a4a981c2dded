import { describe, expect, it } from 'vitest';
import { plainEquivalent, replaceWithPlain } from '@/utils/sms/plain-equivalents';

describe('plainEquivalent', () => {
  it.each([
    ['’', "'"],
    ['‘', "'"],
    ['“', '"'],
    ['”', '"'],
    ['«', '"'],
    ['–', '-'],
    ['—', '-'],
    ['−', '-'],
    ['…', '...'],
    ['•', '-'],
    ['`', "'"],
    ['\u00A0', ' '],
    ['\u2009', ' '],
    ['\u202F', ' '],
    ['\u3000', ' '],
    ['\t', ' '],
    ['\u2028', '\n'],
    ['\u200B', ''],
    ['\uFEFF', ''],
    ['\u00AD', ''],
    ['Ａ', 'A'],
    ['１', '1'],
    ['［', '['],
    ['\u2126', '\u03A9'], // ohm sign → Greek capital omega, which GSM-7 has
    ['e\u0301', 'é'], // decomposed → the precomposed GSM-7 é
  ])('maps %j to %j', (character, plain) => {
    expect(plainEquivalent(character)).toBe(plain);
  });

  it.each([
    ['emoji', '👍'],
    ['emoji with skin tone', '👍🏽'],
    ['family ZWJ sequence', '👨‍👩‍👧‍👦'],
    ['flag', '🇵🇭'],
    ['Cyrillic', 'ж'],
    ['accented letter outside GSM-7 (changing it would change the word)', 'á'],
    ['small c cedilla', 'ç'],
    ['decomposed letter with no GSM-7 form', 'a\u0301'],
    ['fullwidth grave accent (ASCII ` is not GSM-7 either)', '｀'],
  ])('has none for %s', (_label, character) => {
    expect(plainEquivalent(character)).toBeUndefined();
  });

  it('has none for characters that are already GSM-7', () => {
    expect(plainEquivalent('a')).toBeUndefined();
    expect(plainEquivalent('€')).toBeUndefined();
    expect(plainEquivalent('\r\n')).toBeUndefined();
  });
});

describe('replaceWithPlain', () => {
  it('fixes what word processors do to a message', () => {
    expect(replaceWithPlain('“Hi” — it’s\u00A0Php\u202F500… • Call\u200B me')).toEqual({
      text: '"Hi" - it\'s Php 500... - Call me',
      replaced: 9,
    });
  });

  it('leaves emoji whole, including their zero-width joiners', () => {
    expect(replaceWithPlain('Family 👨‍👩‍👧‍👦 ’')).toEqual({
      text: "Family 👨‍👩‍👧‍👦 '",
      replaced: 1,
    });
  });

  it('removes a zero-width joiner that joins nothing', () => {
    expect(replaceWithPlain('a\u200Db')).toEqual({ text: 'ab', replaced: 1 });
  });

  // Found by the property test: removing the zero-width space joins "e" and the accent.
  it('composes an accent that a removed invisible character kept apart', () => {
    expect(replaceWithPlain('e\u200B\u0301')).toEqual({ text: 'é', replaced: 2 });
  });

  it('returns GSM-7 text unchanged', () => {
    expect(replaceWithPlain('Hello {name}, €5!')).toEqual({
      text: 'Hello {name}, €5!',
      replaced: 0,
    });
  });

  it('handles empty text', () => {
    expect(replaceWithPlain('')).toEqual({ text: '', replaced: 0 });
  });
});
