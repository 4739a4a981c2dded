import type { ReactElement } from 'react';
import { Field } from '@/components/shared/field';
import { DEFAULT_API_URL } from '@/utils/settings/settings-schema';
import { FIELD_IDS, type SettingsForm } from './use-settings-form';

/** The API URL, folded away: only a sandbox needs another one. */
export function AdvancedSection({ form }: { form: SettingsForm }): ReactElement {
  return (
    <details
      className="card advanced"
      open={form.advancedOpen}
      onToggle={(event) => form.setAdvancedOpen(event.currentTarget.open)}
    >
      <summary>Advanced</summary>
      <Field
        id={FIELD_IDS.apiUrl}
        label="API URL"
        hint={`Keep ${DEFAULT_API_URL} unless you test against a sandbox, e.g. http://127.0.0.1:8787.`}
        error={form.errors.apiUrl}
      >
        {(control) => (
          <input
            {...control}
            type="url"
            autoComplete="off"
            spellCheck={false}
            value={form.values.apiUrl}
            onChange={(event) => form.updateField('apiUrl', event.target.value)}
          />
        )}
      </Field>
    </details>
  );
}
