import { type ReactElement, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { disableSite, enableSite, type SiteChange } from '@/utils/sites/site-actions';
import { siteStatus } from '@/utils/sites/site-coverage';
import { useSites } from './use-sites';
import './sites.css';

export type ActiveTab = { id?: number; url?: string };

type SiteToggleProps = {
  /** The tab to act on; by default the active tab of the current window (needs "activeTab"). */
  tab?: ActiveTab;
};

/** "Enable on this site" / "Disable on this site" for the popup, about the active tab's site. */
export function SiteToggle({ tab }: SiteToggleProps): ReactElement | null {
  const activeTab = useActiveTab(tab);
  const { sites, ready } = useSites();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; tone: 'ok' | 'error' }>();
  const status = siteStatus(activeTab?.url, sites);
  if (!ready || !activeTab) return null;
  // The composer in a window of its own looks at itself: there is no site to talk about.
  if (!status && activeTab.url?.startsWith(browser.runtime.getURL('/'))) return null;
  if (!status) return <p className="site-toggle__note">Send buttons work on websites only.</p>;
  const host = new URL(status.site).hostname;

  function onClick(): void {
    if (!status) return;
    // enableSite asks for access first, synchronously, while the click still counts as a gesture.
    const change = status.covered ? disableSite(status) : enableSite(status);
    setBusy(true);
    void change.then((result: SiteChange) => {
      setBusy(false);
      if (!result.ok) setNote({ text: result.reason, tone: 'error' });
      else if (result.covered) setNote({ text: `Send buttons are on for ${host}.`, tone: 'ok' });
      else setNote({ text: `Send buttons are off for ${host}.`, tone: 'ok' });
    });
  }

  return (
    <section className="site-toggle" aria-label="This site">
      <p className="site-toggle__state">
        <strong>{host}</strong>: send buttons are {status.covered ? 'on' : 'off'}
        {status.isDefault ? ' (a supported CRM)' : ''}.
      </p>
      <button type="button" className="button" onClick={onClick} disabled={busy}>
        {status.covered ? 'Disable on this site' : 'Enable on this site'}
      </button>
      {note && (
        <p className={`site-toggle__note site-toggle__note--${note.tone}`} role="status">
          {note.text}
        </p>
      )}
    </section>
  );
}

function useActiveTab(given: ActiveTab | undefined): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab | undefined>(given);
  useEffect(() => {
    if (given) {
      setTab(given);
      return;
    }
    let active = true;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([found]) => {
      if (active) setTab({ id: found?.id, url: found?.url });
    });
    return () => {
      active = false;
    };
  }, [given]);
  return tab;
}
