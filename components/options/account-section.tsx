import type { ReactElement } from 'react';
import { Field } from '@/components/shared/field';
import { ApiKeyField } from './api-key-field';
import { ManagedNote, SET_BY_ORGANIZATION } from './policy-notice';
import { FIELD_IDS, type SettingsForm } from './use-settings-form';

/** The key, the organization and the sender: what engageSPARK knows the user by. */
export function AccountSection({ form }: { form: SettingsForm }): ReactElement {
  const { values, errors, updateField } = form;
  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Your engageSPARK account</h2>
      {form.policy.view.hasApiKey ? (
        // The organization's key stays in the background: this page knows only that it exists.
        <Field id={FIELD_IDS.apiKey} label="API key" hint={SET_BY_ORGANIZATION}>
          {(control) => <input {...control} type="password" value="••••••••" readOnly />}
        </Field>
      ) : (
        <ApiKeyField
          value={form.apiKey}
          onChange={form.changeApiKey}
          savedKeyMask={form.savedKeyMask}
          onForget={form.handleForget}
          error={errors.apiKey}
        />
      )}
      <Field
        id={FIELD_IDS.orgId}
        label="Organization ID"
        hint={
          <>
            <p>
              In engageSPARK, open Organization &gt; Profile: the number shown as the organization's
              ID.
            </p>
            <ManagedNote state={form.managed('orgId')} />
          </>
        }
        error={errors.orgId}
      >
        {(control) => (
          <input
            {...control}
            readOnly={form.managed('orgId') === 'locked'}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={values.orgId}
            onChange={(event) => updateField('orgId', event.target.value)}
          />
        )}
      </Field>
      <Field
        id={FIELD_IDS.senderId}
        label="Sender ID"
        hint={
          <>
            <p>Optional. Leave empty and the telco picks a sender such as INFOSMS.</p>
            <ManagedNote state={form.managed('senderId')} />
          </>
        }
        error={errors.senderId}
      >
        {(control) => (
          <input
            {...control}
            readOnly={form.managed('senderId') === 'locked'}
            type="text"
            autoComplete="off"
            value={values.senderId}
            onChange={(event) => updateField('senderId', event.target.value)}
          />
        )}
      </Field>
    </section>
  );
}
