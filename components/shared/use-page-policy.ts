import { useEffect, useState } from 'react';
import { fetchPolicy, NO_PAGE_POLICY, type PagePolicy } from '@/utils/policy/page-policy';
import { watchManagedPolicy } from '@/utils/policy/watch-managed-policy';

/** The organization's policy as the background tells it (never its key), kept current. */
export function usePagePolicy(): PagePolicy {
  const [policy, setPolicy] = useState(NO_PAGE_POLICY);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      void fetchPolicy().then((next) => {
        if (live) setPolicy(next);
      });
    };
    load();
    const stop = watchManagedPolicy(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return policy;
}
