import { type ReactElement, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { API_ACCESS_REQUEST } from '@/utils/settings/api-access';
import { checkApiUrl } from '@/utils/settings/api-url';
import { requestHostAccess } from '@/utils/settings/permissions';
import { loadSettings, watchSettings } from '@/utils/settings/settings-store';
import './host-access-banner.css';

type ApiTarget = { originPattern: string; apiUrl: string };

/**
 * Asks for access to the saved API server when the browser has not granted it. Firefox lets the
 * user withhold or withdraw host access of Manifest V3 extensions; Chrome grants it at install, so
 * there `contains` answers true and nothing is shown. Same code path in both.
 */
export function HostAccessBanner(): ReactElement | null {
  const target = useSavedApiTarget();
  const { granted, recheck } = useHostAccess(target?.originPattern);
  const [refusal, setRefusal] = useState<string>();

  function allow(): void {
    if (!target) return;
    // The request is the first thing the click does: Firefox only accepts it inside the gesture.
    void requestHostAccess(target.originPattern, target.apiUrl, 'Allow access').then((access) => {
      setRefusal(access.granted ? undefined : access.reason);
      recheck();
    });
  }

  if (!target || granted !== false) return null;
  return (
    <section className="banner banner--warning host-access" aria-label="Access to engageSPARK">
      <p>{API_ACCESS_REQUEST}</p>
      <button type="button" className="button button--primary" onClick={allow}>
        Allow access
      </button>
      <div role="alert">{refusal && <p className="host-access__refusal">{refusal}</p>}</div>
    </section>
  );
}

/** The API server in the saved settings, kept current when Settings change it. */
function useSavedApiTarget(): ApiTarget | undefined {
  const [apiUrl, setApiUrl] = useState<string>();
  useEffect(() => {
    let active = true;
    loadSettings().then(
      (loaded) => active && setApiUrl(loaded.settings.apiUrl),
      () => undefined, // The page that hosts the banner reports unreadable settings itself.
    );
    const stopWatching = watchSettings((loaded) => active && setApiUrl(loaded.settings.apiUrl));
    return () => {
      active = false;
      stopWatching();
    };
  }, []);
  if (apiUrl === undefined) return undefined;
  const check = checkApiUrl(apiUrl);
  return check.ok ? { originPattern: check.originPattern, apiUrl: check.apiUrl } : undefined;
}

type HostAccessState = { granted: boolean | undefined; recheck: () => void };

/** Whether the origin is granted (undefined until the browser answered), following grants and revocations. */
function useHostAccess(originPattern: string | undefined): HostAccessState {
  const [granted, setGranted] = useState<boolean>();
  const [checks, setChecks] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `checks` only asks for a fresh answer.
  useEffect(() => {
    if (!originPattern) return;
    let active = true;
    const check = (): void => {
      browser.permissions.contains({ origins: [originPattern] }).then(
        (answer) => active && setGranted(answer),
        () => active && setGranted(undefined),
      );
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      active = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [originPattern, checks]);
  return { granted, recheck: () => setChecks((count) => count + 1) };
}
