import { normalizeCharacter } from '@/utils/phone/normalize-phone-text';

/** Anything outside ASCII: only such text can hold characters to map. */
const NEEDS_MAPPING = /[\u0080-\uffff]/;
/**
 * Bidi embeddings, overrides and isolates make the page show characters in another order than
 * the text's: digits on either side of one are never read as one number (a line break for the
 * candidate finder), so a button never carries digits in another order than the ones shown.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The text as the detector reads it, with every position where it was: full-width, Arabic-Indic
 * and other digits as ASCII digits, "＋" as "+", thin and narrow no-break spaces as " ", dashes as
 * "-", invisible marks (RLM, zero-width space) as " ", bidi controls as "\n". The same mapping as the composer's
 * (normalize-phone-text.ts), but one character for one, so a match's start and end still point
 * into the page's text. ASCII text, nearly all of it, is returned as is.
 */
export function toScanText(text: string): string {
  if (!NEEDS_MAPPING.test(text)) return text;
  let mapped = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const character = text[index] as string;
    if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) {
      mapped += character; // ASCII, or half of a pair outside the BMP (never a digit or a space)
      continue;
    }
    if (BIDI_CONTROL.test(character)) {
      mapped += '\n';
      continue;
    }
    const normal = normalizeCharacter(character);
    mapped += normal.length === 1 ? normal : ' ';
  }
  return mapped;
}

/** Digits of any script the detector reads, for a cheap "could this text hold a number" test. */
export const ANY_DIGIT =
  /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u1040-\u1049\uff10-\uff19]/;
