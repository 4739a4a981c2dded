import { createPhoneReader } from '@/utils/context-menu/phone-reader';
import { loadSettings } from '@/utils/settings/settings-store';

/** Reads numbers as the user's default country does, as saved at the moment of the click. */
export async function savedPhoneReader(): Promise<ReturnType<typeof createPhoneReader>> {
  const { settings } = await loadSettings();
  return createPhoneReader(settings.defaultCountry);
}
