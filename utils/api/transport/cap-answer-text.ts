import { isJsonObject } from '../answers/is-json-object.ts';

/**
 * The most of any one text from an answer that is kept, stored or shown. A server (or anything
 * between it and us) can put 200,000 characters in an error; the history, a notification and
 * the composer need a sentence, not the whole body.
 */
export const MAX_ANSWER_TEXT = 500;

const ELLIPSIS = '…';

/** The text cut to MAX_ANSWER_TEXT characters, ending in "…" when something was cut. */
export function capText(text: string, max = MAX_ANSWER_TEXT): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - ELLIPSIS.length);
  // Whole characters only: half a surrogate pair would show as a broken one.
  return `${/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head}${ELLIPSIS}`;
}

/** A copy of `value` with every string in it cut by capText. */
export function capAnswerText<T>(value: T): T {
  return capValue(value) as T;
}

function capValue(value: unknown): unknown {
  if (typeof value === 'string') return capText(value);
  if (Array.isArray(value)) return value.map(capValue);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, capValue(item)]));
}
