import { graphemes } from './graphemes';
import { gsm7Septets, isGsm7Text } from './gsm7-alphabet';
import { packParts } from './pack-parts';

/** Longest message we let people send; longer ones cost too much and arrive badly on old phones. */
export const MAX_PARTS = 7;

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  /** User-perceived characters (grapheme clusters): what a person would count. */
  characters: number;
  /** GSM-7 septets (extension characters count 2) or UTF-16 code units for UCS-2. */
  units: number;
  /** SMS parts the carrier bills; 0 for empty text. */
  parts: number;
  /** Capacity of one part for this message: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perPart: number;
  /** Units still free in the last part (an extension character or surrogate pair needs 2). */
  remainingInPart: number;
  /** Distinct characters that forced UCS-2, in order of first appearance. */
  unicodeCulprits: string[];
  /** More than MAX_PARTS parts. */
  tooLong: boolean;
}

interface PartLimits {
  single: number;
  concatenated: number;
}

// A concatenated part loses 7 octets to the user data header (UDH): 153 septets or 67 UCS-2 units.
const PART_LIMITS: Record<SmsEncoding, PartLimits> = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
};

/** How an SMS gateway will split `text`, so the composer can show the cost before sending. */
export function countSegments(text: string): SegmentCount {
  const { characters, unicodeCulprits } = scanGraphemes(text);
  const encoding: SmsEncoding = unicodeCulprits.length === 0 ? 'GSM-7' : 'UCS-2';
  const costs = unitCosts(text, encoding);
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const limits = PART_LIMITS[encoding];
  const fitsOnePart = units <= limits.single;
  const perPart = fitsOnePart ? limits.single : limits.concatenated;
  const { parts, lastPartUsed } = fitsOnePart
    ? { parts: units === 0 ? 0 : 1, lastPartUsed: units }
    : packParts(costs, perPart);
  return {
    encoding,
    characters,
    units,
    parts,
    perPart,
    remainingInPart: perPart - lastPartUsed,
    unicodeCulprits,
    tooLong: parts > MAX_PARTS,
  };
}

function scanGraphemes(text: string): { characters: number; unicodeCulprits: string[] } {
  let characters = 0;
  const culprits = new Set<string>();
  for (const grapheme of graphemes(text)) {
    characters += 1;
    if (!isGsm7Text(grapheme)) culprits.add(grapheme);
  }
  return { characters, unicodeCulprits: [...culprits] };
}

/**
 * Cost of each code point; a lone surrogate costs one UTF-16 unit like any BMP character. In GSM-7
 * every code point has a septet count (that is why GSM-7 was chosen), so the `?? 1` never applies.
 */
function unitCosts(text: string, encoding: SmsEncoding): number[] {
  const costs: number[] = [];
  for (const codePoint of text) {
    costs.push(encoding === 'GSM-7' ? (gsm7Septets(codePoint) ?? 1) : codePoint.length);
  }
  return costs;
}
