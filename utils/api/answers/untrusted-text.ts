/**
 * Text from an answer that people will read (a contact's name, a reply): it is shown as text only,
 * never as HTML, but it can still lie about its own direction or hide in control characters.
 * Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make "evil.com" read as
 * "moc.live" or reorder a number; C0/C1 controls (but line breaks and tabs) have no business in a
 * name or an SMS. Both are removed, and the text is cut to `max` characters.
 */
export function cleanUntrustedText(text: string, max: number): string {
  const cleaned = text
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/\r\n?/g, '\n');
  if (cleaned.length <= max) return cleaned;
  const head = cleaned.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head}…`;
}

/** International digits without "+", from what an answer says a phone is; undefined if it is not one. */
export function answerPhoneDigits(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = value.trim().replace(/^\+/, '');
  return /^\d{7,15}$/.test(digits) ? digits : undefined;
}
