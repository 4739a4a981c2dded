// One shared instance: building a Segmenter is far more expensive than using one.
const GRAPHEME_SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** User-perceived characters: 👍🏽, a family emoji or a flag is one, however many code points. */
export function* graphemes(text: string): Generator<string, void, undefined> {
  for (const { segment } of GRAPHEME_SEGMENTER.segment(text)) yield segment;
}
