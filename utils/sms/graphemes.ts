// One shared instance: building a Segmenter is far more expensive than using one.
const GRAPHEME_SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * V8's segment iterator (Node 20, V8 11) slows down quadratically with the length of the string:
 * 50,000 characters take half a minute. Text is therefore segmented in chunks of about this many
 * UTF-16 units, cut only where a grapheme boundary is certain, so the result is unchanged.
 */
const CHUNK_LENGTH = 256;

/**
 * Code units that form a grapheme on their own whatever surrounds them (Grapheme_Cluster_Break
 * "Other", neither Prepend, Extend, SpacingMark nor ZWJ): printable ASCII, Latin-1 and Latin
 * Extended letters (not the soft hyphen, a control), basic Cyrillic and Arabic letters, CJK
 * ideographs. Between two of them there is always a boundary (UAX #29, rule GB999).
 */
const STANDALONE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x24f],
  [0x400, 0x482],
  [0x621, 0x64a],
  [0x4e00, 0x9fff],
];

/** Exported for its exhaustive test against Intl.Segmenter. */
export function isStandaloneCodeUnit(code: number): boolean {
  return STANDALONE_RANGES.some(([first, last]) => code >= first && code <= last);
}

/** User-perceived characters: 👍🏽, a family emoji or a flag is one, however many code points. */
export function* graphemes(text: string): Generator<string, void, undefined> {
  let start = 0;
  while (start < text.length) {
    const end = nextSafeCut(text, start + CHUNK_LENGTH);
    for (const { segment } of GRAPHEME_SEGMENTER.segment(text.slice(start, end))) yield segment;
    start = end;
  }
}

/** First index at or after `from` between two standalone code units; the text's end if none. */
function nextSafeCut(text: string, from: number): number {
  for (let index = Math.max(from, 1); index < text.length; index += 1) {
    if (isStandaloneCodeUnit(text.charCodeAt(index - 1)) && isStandaloneCodeUnit(text.charCodeAt(index))) {
      return index;
    }
  }
  return text.length;
}
