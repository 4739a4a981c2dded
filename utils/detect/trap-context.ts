/**
 * What surrounds a candidate can say it is not a phone number: glued to a word or an id
 * ("0035g00000XyZabAAB", "INV-2024-000123"), part of a URL, an e-mail or a time ("…10:30"),
 * after a currency or before a per cent sign, or after a label such as "Order #" or "ISBN".
 * The text read is the page's inline run (one block's text across inline elements); a label in
 * another block (a <dt>, a column header) is judged by isTrapLabel.
 */
const WORD = /[A-Za-z0-9_\u00c0-\u024f]/;
const JOINER_BEFORE = /[-./\\]/;
const JOINER_AFTER = /[-./\\:]/;
const SYMBOL_BEFORE = /[#@$€£¥₱₹₩₦₽¢〒№&=_~^*]/;
const SYMBOL_AFTER = /[%@$€£¥₱₹₩₦₽¢_]/;
const EXTENSION_AFTER = /^\s*(?:x|ext\.?|extn\.?|extension|#)\s*\d/i;
const DECIMAL_AFTER = /^,\d/;

const CURRENCY = 'usd|eur|gbp|php|inr|jpy|aud|cad|kes|ngn|idr|sgd|chf|cny|zar|brl|mxn|rs|rp';
const CURRENCY_BEFORE = new RegExp(`(?:[$€£¥₱₹₩₦₽¢]|\\b(?:${CURRENCY})\\.?)\\s*-?$`, 'i');
const CURRENCY_AFTER = new RegExp(`^\\s*(?:[%$€£¥₱₹₩₦₽¢]|(?:${CURRENCY})\\b)`, 'i');
const LABEL =
  'order|ticket|case|invoice|inv|quote|po|sku|id|ref|reference|tracking|serial|account|acct|' +
  'iban|isbn|ip|version|ver|build|release|zip|zip code|postal code|postcode|pin code|amount|' +
  'total|price|balance|card|vat|tax id|tin|ssn|passport|policy|contract|txn|transaction|' +
  'confirmation|booking|reservation|record|opportunity|waybill|awb|airway bill|consignment|' +
  'shipment|parcel|docket|courier';
const LABEL_BEFORE = new RegExp(
  `(?:^|[^a-z])(?:${LABEL})(?:\\s*(?:#|no\\.?|nr\\.?|number|num\\.?|id|code|[:.-]))*\\s*$`,
  'i',
);
const CONTEXT_LENGTH = 40;
/** A label is a few words; longer text before a value is a sentence, not its label. */
const MAX_LABEL_LENGTH = 40;

/**
 * True when the text around `text.slice(start, end)` says it is not a phone number. `boundaries`
 * are the positions where one element's text meets the next one's: a word there is another
 * element's ("<span>Mobile</span>0917…", "…4567<span>Call</span>"), not glued to the number.
 */
export function hasNonPhoneContext(
  text: string,
  start: number,
  end: number,
  boundaries: readonly number[] = [],
): boolean {
  return (
    isGluedBefore(text, start, boundaries.includes(start)) ||
    isGluedAfter(text, end, boundaries.includes(end)) ||
    hasTrapLabel(text, start, end, boundaries)
  );
}

/**
 * True when a field's label says its value is not a phone number: "Record ID", "Waybill",
 * "Tracking #", "Order No." (the same labels as in the text itself). "Phone", "Mobile",
 * "Account phone" are not.
 */
export function isTrapLabel(label: string): boolean {
  const trimmed = label.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_LABEL_LENGTH && LABEL_BEFORE.test(trimmed);
}

function isGluedBefore(text: string, start: number, atBoundary: boolean): boolean {
  const before = text[start - 1];
  if (before === undefined) return false;
  if (SYMBOL_BEFORE.test(before)) return true;
  // "Mobile+63…" is still a number: a "+" marks where it starts.
  if (WORD.test(before)) return text[start] !== '+' && !atBoundary;
  return JOINER_BEFORE.test(before) && WORD.test(text[start - 2] ?? '') && !atBoundary;
}

function isGluedAfter(text: string, end: number, atBoundary: boolean): boolean {
  const after = text[end];
  if (after === undefined) return false;
  if (EXTENSION_AFTER.test(text.slice(end, end + 12))) return false;
  if (SYMBOL_AFTER.test(after)) return true;
  if (WORD.test(after)) return !atBoundary;
  if (DECIMAL_AFTER.test(text.slice(end, end + 2))) return true;
  return JOINER_AFTER.test(after) && WORD.test(text[end + 1] ?? '');
}

function hasTrapLabel(
  text: string,
  start: number,
  end: number,
  boundaries: readonly number[],
): boolean {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  const before = text.slice(from, start);
  if (LABEL_BEFORE.test(before) || CURRENCY_BEFORE.test(before)) return true;
  // A label starting an element's text ("<span>Name</span>Account number: …") starts a word.
  for (const boundary of boundaries) {
    if (boundary > from && boundary < start && LABEL_BEFORE.test(text.slice(boundary, start)))
      return true;
  }
  return CURRENCY_AFTER.test(text.slice(end, end + 6));
}
