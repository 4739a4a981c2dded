import { createRecipientReader, type RecipientReader } from '@/utils/context-menu/recipient-reader';
import { loadEffective } from '@/utils/policy/load-effective';

/** Reads numbers as the user's default country does, as saved at the moment of the click. */
export async function savedRecipientReader(): Promise<RecipientReader> {
  const { settings } = await loadEffective();
  return createRecipientReader(settings.defaultCountry);
}
