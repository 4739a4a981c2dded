import type { ReactElement } from 'react';
import { HostAccessBanner } from '@/components/shared/host-access-banner';
import { SiteList } from '@/components/sites/site-list';
import { AccountSection } from './account-section';
import { AdvancedSection } from './advanced-section';
import { ConnectionResult } from './connection-result';
import { FormStatus } from './form-status';
import { OptOutsSection } from './opt-outs-section';
import { PolicyNotice } from './policy-notice';
import { SendingSection } from './sending-section';
import { useSettingsForm } from './use-settings-form';
import './options-app.css';

type OptionsAppProps = {
  /** First run: the background opens the page with ?welcome=1 after install. */
  welcome: boolean;
  languages: readonly string[];
};

export function OptionsApp({ welcome, languages }: OptionsAppProps): ReactElement {
  const form = useSettingsForm(languages);
  return (
    <main className="options">
      <header className="options__header">
        <h1>Click-to-SMS settings</h1>
        <p className="quiet">Send SMS through engageSPARK from your CRM.</p>
      </header>
      <HostAccessBanner />
      <PolicyNotice policy={form.policy} />
      {form.warning && (
        <div role="alert" className="banner banner--warning">
          <p>{form.warning}</p>
        </div>
      )}
      {welcome && (
        <section className="banner welcome" aria-label="Welcome">
          <p>
            <strong>Welcome!</strong> Three things and you're sending: your API key, your
            organization ID, and (optionally) a sender ID.
          </p>
        </section>
      )}
      {!form.ready ? (
        <p className="quiet">Loading your settings…</p>
      ) : (
        <>
          <form className="options__form" noValidate onSubmit={form.handleSave}>
            <AccountSection form={form} />
            <SendingSection form={form} />
            <AdvancedSection form={form} />
            <div className="options__actions">
              <button type="submit" className="button button--primary" disabled={form.busy}>
                Save
              </button>
              <button
                type="button"
                className="button"
                disabled={form.busy}
                onClick={form.handleTest}
              >
                Test connection
              </button>
              <span className="quiet">Test connection reads your balance; it sends no SMS.</span>
            </div>
            <FormStatus message={form.message} problem={form.problem} />
            <ConnectionResult state={form.connection} />
          </form>

          {/* Outside the settings form: the site list saves each change at once. */}
          <div className="card">
            <SiteList />
          </div>
          <OptOutsSection />
        </>
      )}
    </main>
  );
}
