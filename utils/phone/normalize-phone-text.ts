/**
 * Zeros of the digit sets people paste: Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu),
 * Devanagari, Bengali, Thai, Myanmar, fullwidth (Japanese and Chinese input methods).
 */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1040, 0xff10] as const;

/**
 * Invisible characters that CRMs, chat apps and copy-paste leave inside numbers: zero-width
 * space/joiners, LRM/RLM, bidi embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069), word joiner, invisible operators, Arabic letter mark, BOM, soft hyphen.
 * Removing them — never rendering them — is what keeps a U+202E from making the page show
 * digits in another order than the ones that would be sent.
 */
const INVISIBLE = new Set(
  [
    0xad, 0x61c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d,
    0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
  ].map((code) => String.fromCharCode(code)),
);

/** Dashes and minus signs, hyphen variants, fullwidth/small forms. */
const DASHES = new Set('‐‑‒–—―−﹣－');

const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['＋', '+'],
  ['﹢', '+'],
  ['（', '('],
  ['）', ')'],
  ['．', '.'],
  ['／', '/'],
]);

// Percent-encoded "+" and space, from numbers copied out of URLs.
const PERCENT_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['2B', '+'],
  ['2b', '+'],
  ['20', ' '],
]);

/** One character as phone text: see normalizePhoneText (an invisible character becomes ''). */
export function normalizeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  if (INVISIBLE.has(character)) return '';
  if (character === '\r' || character === '\n') return '\n';
  if (/\s/u.test(character)) return ' ';
  if (DASHES.has(character)) return '-';
  return LOOK_ALIKES.get(character) ?? character;
}

/**
 * Phone text, in linear time: digits as ASCII, invisible characters removed, every space as
 * " " (line breaks as "\n", which separate numbers), dashes as "-", "%2B" as "+". Letters and
 * everything else are kept, so the caller still sees labels and separators. Escapes are decoded
 * after the characters are mapped, so "%２0" or "%2\u200bB" cannot turn into an escape that a
 * second normalization would read differently: normalizing twice changes nothing.
 */
export function normalizePhoneText(text: string): string {
  let mapped = '';
  for (const character of text) mapped += normalizeCharacter(character);
  return mapped.replace(
    /%(2[Bb0])/g,
    (encoded, code: string) => PERCENT_ESCAPES.get(code) ?? encoded,
  );
}
