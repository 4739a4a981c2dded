import type { ReactElement } from 'react';
import { Field } from '@/components/shared/field';
import { ApiKeyField } from './api-key-field';
import { FIELD_IDS, type SettingsForm } from './use-settings-form';

/** The key, the organization and the sender: what engageSPARK knows the user by. */
export function AccountSection({ form }: { form: SettingsForm }): ReactElement {
  const { values, errors, updateField } = form;
  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">Your engageSPARK account</h2>
      <ApiKeyField
        value={form.apiKey}
        onChange={form.changeApiKey}
        savedKeyMask={form.savedKeyMask}
        onForget={form.handleForget}
        error={errors.apiKey}
      />
      <Field
        id={FIELD_IDS.orgId}
        label="Organization ID"
        hint="In engageSPARK, open Organization > Profile: the number shown as the organization's ID."
        error={errors.orgId}
      >
        {(control) => (
          <input
            {...control}
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
        hint="Optional. Leave empty and the telco picks a sender such as INFOSMS."
        error={errors.senderId}
      >
        {(control) => (
          <input
            {...control}
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
