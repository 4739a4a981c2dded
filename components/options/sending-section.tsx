import type { ReactElement } from 'react';
import { Field } from '@/components/shared/field';
import { CountryPicker } from './country-picker';
import { ManagedNote } from './policy-notice';
import { QuietHoursField } from './quiet-hours-field';
import { RecipientModeField } from './recipient-mode-field';
import { FIELD_IDS, type SettingsForm } from './use-settings-form';

/** How numbers are read and addressed, and how fast one number may be texted. */
export function SendingSection({ form }: { form: SettingsForm }): ReactElement {
  const { values, errors, updateField } = form;
  return (
    <section className="card" aria-labelledby="sending-heading">
      <h2 id="sending-heading">Sending</h2>
      {/* A disabled fieldset makes every control inside it read-only, for the locked ones. */}
      <fieldset className="plain" disabled={form.managed('defaultCountry') === 'locked'}>
        <CountryPicker
          value={values.defaultCountry}
          onChange={(code) => updateField('defaultCountry', code)}
          error={errors.defaultCountry}
        />
        <ManagedNote state={form.managed('defaultCountry')} />
      </fieldset>
      <fieldset className="plain" disabled={form.managed('recipientMode') === 'locked'}>
        <RecipientModeField
          value={values.recipientMode}
          onChange={(mode) => updateField('recipientMode', mode)}
        />
        <ManagedNote state={form.managed('recipientMode')} />
      </fieldset>
      <Field
        id={FIELD_IDS.paceLimitPerMinute}
        label="Messages per number per minute"
        hint={
          <>
            <p>
              Carriers drop more than about 5 SMS to one number in a minute, so 5 is the safe
              default.
            </p>
            <ManagedNote state={form.managed('paceLimitPerMinute')} />
          </>
        }
        error={errors.paceLimitPerMinute}
      >
        {(control) => (
          <input
            {...control}
            readOnly={form.managed('paceLimitPerMinute') === 'locked'}
            className="short"
            type="number"
            min={1}
            max={60}
            step={1}
            value={values.paceLimitPerMinute}
            onChange={(event) => updateField('paceLimitPerMinute', event.target.value)}
          />
        )}
      </Field>
      <QuietHoursField form={form} />
    </section>
  );
}
