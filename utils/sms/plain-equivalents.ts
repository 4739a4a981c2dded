import { graphemes } from './graphemes';
import { gsm7Septets, isGsm7Text } from './gsm7-alphabet';

/**
 * Look-alikes that word processors, phones and CRMs slip into text, mapped to what the writer
 * meant in GSM-7. Accented letters outside GSM-7 (á, ç, ō…) are left alone on purpose: dropping
 * an accent changes a word or a name, and that is the writer's call, not ours.
 */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ...fromEach('‘’‚‛′ʹʻʼʽ`´', "'"),
  ...fromEach('“”„‟″«»', '"'),
  ...fromEach('‐‑‒–—―−﹣⁃', '-'),
  ...fromEach('•‣◦∙', '-'),
  ['…', '...'],
  ['‥', '..'],
  ['×', 'x'],
  ['\t', ' '],
  // Unicode spaces: no-break, en/em and friends, thin, hair, narrow no-break, ideographic.
  ...fromEach(
    '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A',
    ' ',
  ),
  ...fromEach('\u202F\u205F\u3000', ' '),
  ...fromEach('\u2028\u2029', '\n'),
  // Invisible: zero-width space/non-joiner/joiner, LRM/RLM, word joiner, BOM, soft hyphen.
  ...fromEach('\u200B\u200C\u200D\u200E\u200F\u2060\uFEFF\u00AD', ''),
]);

function fromEach(characters: string, replacement: string): [string, string][] {
  return [...characters].map((character) => [character, replacement]);
}

/** Fullwidth ASCII (Ａ, １, ！) sits at a fixed offset from ASCII. */
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

function codePointEquivalent(codePoint: string): string | undefined {
  const mapped = LOOK_ALIKES.get(codePoint);
  if (mapped !== undefined) return mapped;
  const value = codePoint.codePointAt(0) ?? 0;
  if (value < FULLWIDTH_FIRST || value > FULLWIDTH_LAST) return undefined;
  const ascii = String.fromCodePoint(value - FULLWIDTH_OFFSET);
  return gsm7Septets(ascii) === undefined ? undefined : ascii;
}

/**
 * GSM-7 text that can stand in for one character (grapheme) that would force UCS-2, or undefined
 * when the character is already GSM-7 or has no equivalent (emoji, Cyrillic, "á"). Decomposed
 * accents ("e" + U+0301) are composed first, so they become the GSM-7 "é" when one exists.
 * A character is replaced whole or not at all, so an emoji's zero-width joiners survive.
 */
export function plainEquivalent(character: string): string | undefined {
  if (isGsm7Text(character)) return undefined;
  let plain = '';
  for (const codePoint of character.normalize('NFC')) {
    const replacement = gsm7Septets(codePoint) ? codePoint : codePointEquivalent(codePoint);
    if (replacement === undefined) return undefined;
    plain += replacement;
  }
  return plain;
}

export interface PlainReplacement {
  text: string;
  /** Characters (graphemes) that were replaced or removed. */
  replaced: number;
}

/**
 * Replaces every character that has a GSM-7 equivalent and leaves everything else as it was.
 * Removing an invisible character can join its neighbours into a new character ("e", U+200B,
 * U+0301 becomes "e" + U+0301, which composes to "é"), so passes repeat until nothing changes;
 * each pass lowers the count of non-GSM-7 code points, so this ends.
 */
export function replaceWithPlain(text: string): PlainReplacement {
  let current: PlainReplacement = { text, replaced: 0 };
  for (;;) {
    const pass = replaceOnce(current.text);
    if (pass.replaced === 0) return current;
    current = { text: pass.text, replaced: current.replaced + pass.replaced };
  }
}

function replaceOnce(text: string): PlainReplacement {
  let result = '';
  let replaced = 0;
  for (const grapheme of graphemes(text)) {
    const plain = plainEquivalent(grapheme);
    if (plain === undefined) {
      result += grapheme;
    } else {
      result += plain;
      replaced += 1;
    }
  }
  return { text: result, replaced };
}
