import { useStoredItem } from '@/components/shared/use-stored-item';
import type { SitesState } from '@/utils/sites/site-coverage';
import { sitesItem } from '@/utils/sites/sites-store';

/** The user's site choices, kept current when another window changes them. */
export function useSites(): { sites: SitesState; ready: boolean } {
  const { value, ready } = useStoredItem(sitesItem);
  return { sites: value, ready };
}
