import { z } from 'zod';
import { browserStorageArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';
import { NO_SITE_CHOICES, type SitesState, siteOf } from './site-coverage';

const siteSchema = z
  .string()
  .refine((site) => siteOf(site) === site, 'not a site like https://host');
const sitesSchema = z
  .object({
    enabled: z.array(siteSchema).max(1000),
    disabled: z.array(siteSchema).max(1000),
  })
  .transform(
    (state): SitesState => ({
      enabled: [...new Set(state.enabled)],
      disabled: [...new Set(state.disabled)],
    }),
  );

/**
 * In storage.local, not the extension DB: the choices say only which sites get send buttons, and
 * the background's watch on them must fire in every browser. A damaged value means "no choices":
 * the defaults run and no other site is touched. Version 1 is the first shipped layout; a future
 * layout adds a migration here, with its test.
 */
export const sitesItem = defineStoredItem<SitesState>({
  area: browserStorageArea('local:sites'),
  schema: sitesSchema,
  fallback: NO_SITE_CHOICES,
});

export function readSites(stored: unknown): SitesState {
  return sitesItem.read(stored).value;
}

export function loadSites(): Promise<SitesState> {
  return sitesItem.load();
}

export async function saveSites(state: SitesState): Promise<void> {
  await sitesItem.save(state);
}

export function watchSites(
  onChange: (state: SitesState, previous: SitesState) => void,
): () => void {
  return sitesItem.watch((state, previous) => onChange(state, previous));
}
