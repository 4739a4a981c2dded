import { type FormEvent, type ReactElement, useState } from 'react';
import { FieldError } from '@/components/shared/field';
import { usePagePolicy } from '@/components/shared/use-page-policy';
import { CRM_NAMES } from '@/utils/sites/crm-sites';
import { disableSite, enableSite } from '@/utils/sites/site-actions';
import { isDefaultCrm, type SiteStatus, siteOf } from '@/utils/sites/site-coverage';
import { useSites } from './use-sites';
import './sites.css';

const INPUT_ID = 'site-list-add';

/** The options page's list of sites: the default CRMs, those turned off, and the user's own. */
export function SiteList(): ReactElement {
  const { sites: own } = useSites();
  const { view } = usePagePolicy();
  const policyOn = view.enabledSites ?? [];
  const policyOff = view.disabledSites ?? [];
  // What the organization sets is listed apart, and the user's own lists leave it out.
  const sites = {
    enabled: own.enabled.filter((site) => !policyOn.includes(site) && !policyOff.includes(site)),
    disabled: own.disabled.filter((site) => !policyOn.includes(site) && !policyOff.includes(site)),
  };
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();

  function onAdd(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const site = siteOf(typed.includes('://') ? typed.trim() : `https://${typed.trim()}`);
    if (!site) {
      setError('Type a website address such as https://crm.example.com (HTTPS only).');
      return;
    }
    const status: SiteStatus = { site, isDefault: isDefaultCrm(`${site}/`), covered: false };
    // Asked for synchronously in the submit handler, which counts as a user gesture.
    void enableSite(status).then((result) => {
      setError(result.ok ? undefined : result.reason);
      if (result.ok) setTyped('');
    });
  }

  const turnOn = (site: string, isDefault: boolean) => (): void => {
    void enableSite({ site, isDefault, covered: false });
  };
  const turnOff = (site: string) => (): void => {
    void disableSite({ site, isDefault: false, covered: true });
  };

  return (
    <section className="site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">Sites with send buttons</h2>
      <p className="field__hint">Phone numbers get a send button on these CRMs:</p>
      <ul className="site-list__defaults">
        {CRM_NAMES.map(({ name, hosts }) => (
          <li key={name}>
            {name} <span className="site-list__hosts">({hosts})</span>
          </li>
        ))}
      </ul>
      {(policyOn.length > 0 || policyOff.length > 0) && (
        <>
          <h3>Set by your organization</h3>
          <ul className="site-list__sites" aria-label="Sites set by your organization">
            {policyOn.map((site) => (
              <li key={`on ${site}`}>
                <span>{site}</span>
                <span className="field__hint">on</span>
              </li>
            ))}
            {policyOff.map((site) => (
              <li key={`off ${site}`}>
                <span>{site}</span>
                <span className="field__hint">off</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {sites.disabled.length > 0 && (
        <>
          <h3>Turned off on</h3>
          <ul className="site-list__sites">
            {sites.disabled.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" className="button" onClick={turnOn(site, true)}>
                  Turn back on<span className="visually-hidden"> for {site}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Other sites</h3>
      {sites.enabled.length === 0 ? (
        <p className="field__hint">
          None yet. Add one below, or use “Enable on this site” in the toolbar popup.
        </p>
      ) : (
        <ul className="site-list__sites">
          {sites.enabled.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" className="button" onClick={turnOff(site)}>
                Remove<span className="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="site-list__add" onSubmit={onAdd} noValidate>
        <label className="field__label" htmlFor={INPUT_ID}>
          Add a site
        </label>
        <div className="site-list__row">
          <input
            id={INPUT_ID}
            type="url"
            inputMode="url"
            placeholder="https://crm.example.com"
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${INPUT_ID}-error` : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button">
            Add
          </button>
        </div>
        {error && <FieldError id={`${INPUT_ID}-error`}>{error}</FieldError>}
      </form>
    </section>
  );
}
