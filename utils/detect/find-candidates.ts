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
const LEADING_JUNK = new RegExp(`^[^\\d+(\\uff0b]+|^\\((?=[${SPACES}${DASHES}])`);
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

/** The parts of a candidate between slashes ("0664/1234567" stays whole; "0917…/0918…" splits). */
export function slashParts(candidate: Candidate): Candidate[] {
  const parts: Candidate[] = [];
  let offset = 0;
  for (const part of candidate.text.split('/')) {
    pushTrimmed(part, candidate.start + offset, parts);
    offset += part.length + 1;
  }
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
