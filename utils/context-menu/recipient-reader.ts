import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import { parseSmsUri } from '@/utils/phone/parse-sms-uri';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';

type CountryCode = Parameters<typeof parsePhoneNumber>[1];

/**
 * Reads the recipient out of what a menu click or the shortcut carries: a selection or a tel:/sms:
 * link. (The content script's page scanning is utils/detect/phone-detector.ts.)
 */
export type RecipientReader = {
  /** Digits without "+" when the text is exactly one valid number, else undefined. */
  readNumber(text: string): string | undefined;
  /** A tel:/sms: link's number (as text) and its message body. */
  readLink(url: string): { number: string; body?: string } | undefined;
};

/** Reads selections with the user's default country, so "0917 123 4567" works on a PH desk. */
export function createRecipientReader(
  defaultCountry: string = DEFAULT_SETTINGS.defaultCountry,
): RecipientReader {
  return {
    readNumber(text) {
      const result = parsePhoneNumber(text, defaultCountry as CountryCode);
      return result.ok ? result.digits : undefined;
    },
    readLink(url) {
      return parseSmsUri(url);
    },
  };
}
