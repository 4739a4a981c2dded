import type { ReactElement } from 'react';
import { browser } from 'wxt/browser';
import { describeMissing } from '@/utils/failure/describe-failure';
import type { MissingSetting } from '@/utils/settings/missing-settings';

export function openSettings(): void {
  void browser.runtime.openOptionsPage();
}

/** Shown instead of the composer: nothing can be sent until these are set. */
export function SettingsMissing({ missing }: { missing: MissingSetting[] }): ReactElement {
  return (
    <section className="setup" aria-labelledby="setup-heading">
      <h2 id="setup-heading" className="visually-hidden">
        Set up
      </h2>
      <p>Not set up yet: add {describeMissing(missing)} in Settings.</p>
      <button type="button" className="button button--primary" onClick={openSettings}>
        Open Settings
      </button>
    </section>
  );
}
