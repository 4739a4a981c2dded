import type { ComposerPrefill } from '@/utils/composer/composer-url';
import type { RecipientReader } from './recipient-reader';

/** What a menu click or the shortcut carries: the selection, or the link under the pointer. */
export type MenuClick = { menuItemId: string | number; selectionText?: string; linkUrl?: string };

const MAX_TEXT = 200;

/**
 * Turns the click into the composer's prefill. The composer re-checks everything; an unreadable
 * selection still goes there as text, so the user sees why it is not a number instead of nothing.
 */
export function prefillFromClick(click: MenuClick, reader: RecipientReader): ComposerPrefill {
  if (click.linkUrl && /^(tel|sms|smsto):/i.test(click.linkUrl))
    return prefillFromLink(click.linkUrl, reader);
  return prefillFromText(click.selectionText ?? '', reader);
}

export function prefillFromText(text: string, reader: RecipientReader): ComposerPrefill {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const digits = reader.readNumber(trimmed);
  return digits ? { to: digits } : { text: trimmed.slice(0, MAX_TEXT) };
}

function prefillFromLink(url: string, reader: RecipientReader): ComposerPrefill {
  const link = reader.readLink(url);
  if (!link) return { text: url.slice(0, MAX_TEXT) };
  const prefill = prefillFromText(link.number, reader);
  return link.body ? { ...prefill, message: link.body.slice(0, 2000) } : prefill;
}
