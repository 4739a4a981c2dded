import { countSegments, type SegmentCount } from './count-segments';
import { replaceWithPlain } from './plain-equivalents';

export interface PlainTextSuggestion {
  text: string;
  replaced: number;
  before: SegmentCount;
  after: SegmentCount;
}

/**
 * The "one-click fix": the text with look-alikes replaced, offered only when it helps. Replacing
 * is not free — "…" becomes three septets and "€" costs two in GSM-7 against one UCS-2 unit — so
 * the suggestion is dropped when it would cost more parts, or when the text stays UCS-2 (an emoji
 * remains) without saving a part.
 */
export function suggestPlainText(text: string): PlainTextSuggestion | undefined {
  const { text: plain, replaced } = replaceWithPlain(text);
  if (replaced === 0) return undefined;
  const before = countSegments(text);
  const after = countSegments(plain);
  if (after.parts > before.parts) return undefined;
  if (after.encoding === 'UCS-2' && after.parts === before.parts) return undefined;
  return { text: plain, replaced, before, after };
}
