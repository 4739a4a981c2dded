// One shared instance: building a Segmenter is far more expensive than using one.
const GRAPHEME_SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * V8's segment iterator (Node 20, V8 11) slows down quadratically with the length of the string:
 * 50,000 characters take half a minute. Text is therefore segmented in chunks of about this many
 * UTF-16 units, cut only where a grapheme boundary is certain, so the result is unchanged.
 */
const CHUNK_LENGTH = 256;

/**
 * Code units that never join the character before them (UAX #29: neither Extend, SpacingMark,
 * ZWJ, Prepend, Hangul nor a regional indicator): printable ASCII, Latin-1 and Latin Extended
 * (the soft hyphen is a Control, which breaks too), basic Cyrillic and Arabic letters, CJK
 * ideographs. A cut is safe just before one of them unless the code unit before it glues.
 */
const STANDALONE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x400, 0x482],
  [0x621, 0x64a],
  [0x4e00, 0x9fff],
];

/**
 * Code units that can still hold on to a following standalone character: Prepend marks (UAX #29
 * GB9b; the Arabic number signs, Syriac abbreviation mark, Malayalam dot reph), ZWJ before a
 * pictograph such as © (GB11), and surrogates, since an astral Prepend cannot be ruled out.
 */
const GLUE_RANGES: readonly (readonly [number, number])[] = [
  [0x600, 0x605],
  [0x6dd, 0x6dd],
  [0x70f, 0x70f],
  [0x890, 0x891],
  [0x8e2, 0x8e2],
  [0xd4e, 0xd4e],
  [0x200d, 0x200d],
  [0xd800, 0xdfff],
];

function inRanges(code: number, ranges: readonly (readonly [number, number])[]): boolean {
  return ranges.some(([first, last]) => code >= first && code <= last);
}

/** Exported for its exhaustive test against Intl.Segmenter. */
export function isStandaloneCodeUnit(code: number): boolean {
  return inRanges(code, STANDALONE_RANGES);
}

/** Exported for its exhaustive test against Intl.Segmenter. */
export function mayGlueToNext(code: number): boolean {
  return inRanges(code, GLUE_RANGES);
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

/** First index at or after `from` where a grapheme boundary is certain; the text's end if none. */
function nextSafeCut(text: string, from: number): number {
  for (let index = Math.max(from, 1); index < text.length; index += 1) {
    const before = text.charCodeAt(index - 1);
    if (isStandaloneCodeUnit(text.charCodeAt(index)) && !mayGlueToNext(before)) return index;
  }
  return text.length;
}
