import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { checkApiUrl } from '@/utils/settings/api-url';
import { requestHostAccess } from '@/utils/settings/permissions';

export type HostAccessState =
  | { needed: false }
  | { needed: true; origin: string; request: () => void; problem?: string };

/**
 * Firefox grants a Manifest V3 extension its host access only when the user allows it, and a
 * sandbox URL is an optional permission everywhere: without it every send would fail.
 */
export function useHostAccess(apiUrl: string | undefined): HostAccessState {
  const [missing, setMissing] = useState<{ pattern: string; origin: string }>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    if (apiUrl === undefined) return;
    const checked = checkApiUrl(apiUrl);
    if (!checked.ok) return;
    let active = true;
    browser.permissions.contains({ origins: [checked.originPattern] }).then(
      (granted) =>
        active &&
        setMissing(
          granted ? undefined : { pattern: checked.originPattern, origin: checked.apiUrl },
        ),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [apiUrl]);

  const request = useCallback((): void => {
    if (!missing) return;
    // First thing in the click handler: browsers only ask during the user's gesture.
    requestHostAccess(missing.pattern, missing.origin, 'Allow access').then((access) => {
      if (access.granted) setMissing(undefined);
      else setProblem(access.reason);
    });
  }, [missing]);

  return missing ? { needed: true, origin: missing.origin, request, problem } : { needed: false };
}
