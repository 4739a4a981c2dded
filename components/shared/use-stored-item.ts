import { useEffect, useState } from 'react';
import type { StoredItem } from '@/utils/storage/stored-item';

/**
 * One stored item's value, kept current while the page is open: a change made in another window
 * or by the background shows at once. `value` is the item's fallback until the first read.
 */
export function useStoredItem<T>(item: StoredItem<T>): {
  value: T;
  ready: boolean;
  loadError: string | undefined;
} {
  const [state, setState] = useState<{ value: T; ready: boolean; loadError?: string }>({
    value: item.fallback,
    ready: false,
  });
  useEffect(() => {
    let active = true;
    // A change that arrives before the first read has finished wins over that read.
    let changed = false;
    const unwatch = item.watch((value) => {
      changed = true;
      if (active) setState({ value, ready: true });
    });
    item.load().then(
      (value) => {
        if (active && !changed) setState({ value, ready: true });
      },
      (error: unknown) => {
        if (active)
          setState((previous) => ({
            ...previous,
            loadError: error instanceof Error ? error.message : String(error),
          }));
      },
    );
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return { value: state.value, ready: state.ready, loadError: state.loadError };
}
