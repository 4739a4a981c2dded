import { parsePhoneNumber } from '@/utils/phone/parse-phone-number';
import { parseSmsUri } from '@/utils/phone/parse-sms-uri';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import type { PhoneReader } from './click-to-prefill';

type CountryCode = Parameters<typeof parsePhoneNumber>[1];

/** Reads selections with the user's default country, so "0917 123 4567" works on a PH desk. */
export function createPhoneReader(
  defaultCountry: string = DEFAULT_SETTINGS.defaultCountry,
): PhoneReader {
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
