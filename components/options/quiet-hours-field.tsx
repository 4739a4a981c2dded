import type { ReactElement } from 'react';
import { ManagedNote } from './policy-notice';
import { FIELD_IDS, type SettingsForm } from './use-settings-form';

/**
 * Quiet hours: messages go out only in this window of the recipient's local time; outside it the
 * outbox holds them until it opens. A window may cross midnight (22:00 to 06:00).
 */
export function QuietHoursField({ form }: { form: SettingsForm }): ReactElement {
  const { values, errors, updateField } = form;
  const locked = form.managed('quietHours') === 'locked';
  const errorId = errors.quietHours ? 'quiet-hours-error' : undefined;
  return (
    <fieldset
      className={errors.quietHours ? 'plain field field--invalid' : 'plain field'}
      disabled={locked}
      aria-describedby={['quiet-hours-hint', errorId].filter(Boolean).join(' ')}
    >
      <legend className="field__label">Quiet hours</legend>
      <div className="field__hint" id="quiet-hours-hint">
        <p>
          Texts go out only in this window of the recipient's local time (from their number's area
          code, or its country); outside it they wait and go by themselves when it opens. The US
          allows 8 a.m. to 9 p.m., the Philippines 7 a.m. to 9 p.m.
        </p>
        <ManagedNote state={form.managed('quietHours')} />
      </div>
      <div className="quiet-hours__window">
        <label>
          <input
            type="checkbox"
            id="quiet-hours-on"
            checked={values.quietHoursOn}
            onChange={(event) => updateField('quietHoursOn', event.target.checked)}
          />{' '}
          Send only between
        </label>
        <input
          type="time"
          id={FIELD_IDS.quietHours}
          aria-label="Window opens at"
          aria-invalid={errors.quietHours ? true : undefined}
          disabled={!values.quietHoursOn}
          value={values.quietStart}
          onChange={(event) => updateField('quietStart', event.target.value)}
        />
        <span>and</span>
        <input
          type="time"
          id="quiet-hours-end"
          aria-label="Window closes at"
          aria-invalid={errors.quietHours ? true : undefined}
          disabled={!values.quietHoursOn}
          value={values.quietEnd}
          onChange={(event) => updateField('quietEnd', event.target.value)}
        />
        <span>their time</span>
      </div>
      {errors.quietHours && (
        <p className="field__error" id={errorId} role="alert">
          {errors.quietHours}
        </p>
      )}
    </fieldset>
  );
}
