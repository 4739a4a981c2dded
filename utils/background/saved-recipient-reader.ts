import { createRecipientReader, type RecipientReader } from '@/utils/context-menu/recipient-reader';
import { loadSettings } from '@/utils/settings/settings-store';

/** Reads numbers as the user's default country does, as saved at the moment of the click. */
export async function savedRecipientReader(): Promise<RecipientReader> {
  const { settings } = await loadSettings();
  return createRecipientReader(settings.defaultCountry);
}
