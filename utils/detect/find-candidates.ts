/** A stretch of text shaped like a phone number, and where it sits in the text. */
export type Candidate = { text: string; start: number; end: number };

/** E.164 allows 15 digits; an international prefix (00, 011) adds up to 3. */
export const MIN_DIGITS = 7;
export const MAX_DIGITS = 18;

const SPACES = ' \\u00a0\\u2007\\u2009\\u202f';
const DASHES = '\\-\\u2010-\\u2015';
/**
 * A run of digits and the separators people put between them: an optional "+", "(" or "(+", a
 * digit, then digits, spaces, dots, dashes, slashes and parentheses, ending on a digit. Colons and
 * commas end a run, so times ("10:30") and amounts ("1,234.50") fall apart into short pieces.
 */
const RUN = new RegExp(
  `(?:\\+|\\(\\+?|\\uff0b)?\\d(?:[\\d${SPACES}\\t\\n\\r().${DASHES}/]*\\d)?`,
  'g',
);
/** Two numbers side by side are told apart by a line break, a tab or a wide gap. */
const GAP = new RegExp(`[\\t\\n\\r]|[${SPACES}]{2,}`, 'g');
// "(" before a space, a dash or a "+" is not part of the number: "( 02 )", "(+254 712 345 678)".
const LEADING_JUNK = new RegExp(`^[^\\d+(\\uff0b]+|^\\((?=[+${SPACES}${DASHES}])`);
const TRAILING_JUNK = /[^\d]+$/;
const DIGIT = /\d/g;

export function countDigits(text: string): number {
  return text.match(DIGIT)?.length ?? 0;
}

/** The pieces of `text` that could be phone numbers: 7 to 18 digits, bounded by a gap or an end. */
export function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const run of text.matchAll(RUN)) {
    if (run[0].length < MIN_DIGITS) continue;
    splitAtGaps(run[0], run.index, candidates);
  }
  return candidates;
}

/**
 * Where a candidate that is not one number falls apart: at slashes ("0917…/0918…") and at dashes
 * with a space on both sides ("+91 98765 43210 — 12 Nov", "0917… - 0918…"). A dash inside a
 * number has no spaces around it on both sides.
 */
const PART_SEPARATOR = new RegExp(`/|[${SPACES}]+[${DASHES}][${SPACES}]+`, 'g');

/** The parts of a candidate between separators, with their positions in the original text. */
export function candidateParts(candidate: Candidate): Candidate[] {
  const parts: Candidate[] = [];
  let offset = 0;
  for (const separator of candidate.text.matchAll(PART_SEPARATOR)) {
    pushTrimmed(candidate.text.slice(offset, separator.index), candidate.start + offset, parts);
    offset = separator.index + separator[0].length;
  }
  pushTrimmed(candidate.text.slice(offset), candidate.start + offset, parts);
  return parts;
}

/**
 * The parts of a candidate between the given positions of the text (where one element's text
 * meets the next one's): "+254 712 345678" and "0917 555 0101" in two adjacent spans.
 */
export function partsAt(candidate: Candidate, positions: readonly number[]): Candidate[] {
  const parts: Candidate[] = [];
  let from = candidate.start;
  for (const position of positions) {
    if (position <= from || position >= candidate.end) continue;
    pushTrimmed(
      candidate.text.slice(from - candidate.start, position - candidate.start),
      from,
      parts,
    );
    from = position;
  }
  pushTrimmed(candidate.text.slice(from - candidate.start), from, parts);
  return parts;
}

function splitAtGaps(run: string, runStart: number, out: Candidate[]): void {
  let offset = 0;
  for (const gap of run.matchAll(GAP)) {
    pushTrimmed(run.slice(offset, gap.index), runStart + offset, out);
    offset = gap.index + gap[0].length;
  }
  pushTrimmed(run.slice(offset), runStart + offset, out);
}

function pushTrimmed(piece: string, pieceStart: number, out: Candidate[]): void {
  const leading = LEADING_JUNK.exec(piece)?.[0].length ?? 0;
  const trailing = TRAILING_JUNK.exec(piece)?.[0].length ?? 0;
  const text = piece.slice(leading, piece.length - trailing);
  if (text.length < MIN_DIGITS) return;
  const digits = countDigits(text);
  if (digits < MIN_DIGITS) return;
  out.push({ text, start: pieceStart + leading, end: pieceStart + leading + text.length });
}
