import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { NO_SITE_CHOICES, type SitesState, siteOf } from './site-coverage';

const siteSchema = z
  .string()
  .refine((site) => siteOf(site) === site, 'not a site like https://host');
const sitesSchema = z.object({
  enabled: z.array(siteSchema).max(1000),
  disabled: z.array(siteSchema).max(1000),
});

/** Version 1 is the first shipped layout; a future layout adds a migration here, with its test. */
export const sitesItem = storage.defineItem<unknown>('local:sites', {
  fallback: NO_SITE_CHOICES,
  version: 1,
});

/** A damaged value means "no choices": the defaults run and no other site is touched. */
export function readSites(stored: unknown): SitesState {
  const parsed = sitesSchema.safeParse(stored);
  if (!parsed.success) return NO_SITE_CHOICES;
  return {
    enabled: [...new Set(parsed.data.enabled)],
    disabled: [...new Set(parsed.data.disabled)],
  };
}

export async function loadSites(): Promise<SitesState> {
  return readSites(await sitesItem.getValue());
}

export async function saveSites(state: SitesState): Promise<void> {
  await sitesItem.setValue(sitesSchema.parse(state));
}

export function watchSites(
  onChange: (state: SitesState, previous: SitesState) => void,
): () => void {
  return sitesItem.watch((value, previous) => onChange(readSites(value), readSites(previous)));
}
