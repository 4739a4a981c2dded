import type { RecipientMode } from '@/utils/settings/settings-schema';

/** engageSPARK's merge fields: `{{contact.firstName}}`, spaces inside the braces allowed. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const EXAMPLE_PLACEHOLDER = '{{contact.firstName}}';

export type PersonalizationCheck =
  | { status: 'none' }
  | { status: 'allowed'; placeholders: string[]; explanation: string }
  | { status: 'refused'; placeholders: string[]; reason: string };

/** Distinct placeholders in order of first appearance, as written. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[0]))];
}

/**
 * Only the contact endpoint expands merge fields; the phone-number endpoint sends them as written,
 * so the recipient would read "Hi {{contact.firstName}}". Refusing is kinder than sending that.
 */
export function checkPersonalization(text: string, endpoint: RecipientMode): PersonalizationCheck {
  const placeholders = findPlaceholders(text);
  if (placeholders.length === 0) return { status: 'none' };
  const list = placeholders.join(', ');
  if (endpoint === 'contact') {
    return {
      status: 'allowed',
      placeholders,
      explanation: `engageSPARK fills in ${list} from the contact’s details. The count and cost are for the text as written: a long name can add a part.`,
    };
  }
  return {
    status: 'refused',
    placeholders,
    reason: `${list} cannot be filled in: your settings send without contacts, and that way engageSPARK sends the braces as written. Remove it, or choose “Create or update contacts” in Settings.`,
  };
}
