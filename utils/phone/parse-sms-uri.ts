import { normalizePhoneText } from './normalize-phone-text';

export interface SmsUri {
  /** "+" (when international) and digits only. */
  number: string;
  body?: string;
}

const SCHEME = /^(?:tel|sms|smsto|mms|mmsto):(?:\/\/)?/i;

/** Visual separators allowed by RFC 3966, plus the spaces people add. */
const VISUAL_SEPARATORS = /[-.()\s]/g;

/**
 * The recipient (and message body) of a `tel:` or `sms:` link. Only the first of several
 * comma-separated recipients is kept; parameters such as `;ext=` are dropped, except that a
 * local number is completed with its `;phone-context=+…` prefix (RFC 3966 §5.1.5). A "+" in
 * the body stays a "+": RFC 5724 percent-encodes spaces, so "+" is not a space here.
 * Undefined when the text is not such a link or names no number.
 */
export function parseSmsUri(uri: string): SmsUri | undefined {
  const trimmed = uri.trim();
  const scheme = SCHEME.exec(trimmed);
  if (!scheme) return undefined;
  const rest = trimmed.slice(scheme[0].length);
  const queryStart = findQueryStart(rest);
  const recipient = rest.slice(0, queryStart).split(',')[0] ?? '';
  const number = readRecipient(recipient);
  if (number === undefined) return undefined;
  const body = readBody(rest.slice(queryStart + 1));
  return body === undefined ? { number } : { number, body };
}

/** iOS writes `sms:+1555&body=Hi`, so without a "?" the first "&" starts the query. */
function findQueryStart(rest: string): number {
  const question = rest.indexOf('?');
  if (question >= 0) return question;
  const ampersand = rest.indexOf('&');
  return ampersand >= 0 ? ampersand : rest.length;
}

function readRecipient(recipient: string): string | undefined {
  const [main = '', ...parameters] = recipient.split(';');
  const local = cleanNumber(main);
  if (local === undefined) return undefined;
  if (local.startsWith('+')) return local;
  const context = parameters
    .map((parameter) => /^phone-context=(.*)$/i.exec(parameter)?.[1])
    .find((value) => value !== undefined);
  const prefix = context === undefined ? undefined : cleanNumber(context);
  return prefix?.startsWith('+') ? prefix + local : local;
}

function cleanNumber(raw: string): string | undefined {
  const number = normalizePhoneText(decodePercent(raw)).replace(VISUAL_SEPARATORS, '');
  return /^\+?\d+$/.test(number) ? number : undefined;
}

function readBody(query: string): string | undefined {
  for (const pair of query.split('&')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).toLowerCase() === 'body')
      return decodePercent(pair.slice(separator + 1));
  }
  return undefined;
}

/** decodeURIComponent, but a malformed escape leaves the text as it was instead of throwing. */
function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
