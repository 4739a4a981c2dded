import { useEffect, useState } from 'react';
import { NO_SITE_CHOICES, type SitesState } from '@/utils/sites/site-coverage';
import { loadSites, watchSites } from '@/utils/sites/sites-store';

/** The user's site choices, kept current when another window changes them. */
export function useSites(): { sites: SitesState; ready: boolean } {
  const [sites, setSites] = useState<SitesState>(NO_SITE_CHOICES);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let active = true;
    void loadSites().then((loaded) => {
      if (!active) return;
      setSites(loaded);
      setReady(true);
    });
    const unwatch = watchSites(setSites);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return { sites, ready };
}
