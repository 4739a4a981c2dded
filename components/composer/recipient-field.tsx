import type { ReactElement } from 'react';
import { describedBy, Field } from '@/components/shared/field';
import type { RecipientCheck } from '@/utils/composer/check-recipient';
import type { Draft, RecipientKind } from '@/utils/composer/draft-store';

export const RECIPIENT_INPUT_IDS: Record<RecipientKind, string> = {
  phone: 'recipient-phone',
  contact: 'recipient-contact',
};

type RecipientFieldProps = {
  draft: Draft;
  check: RecipientCheck;
  /** Show why the value is not valid (not while the user is still typing it). */
  showError: boolean;
  onChange: (patch: Partial<Pick<Draft, 'recipientKind' | 'phone' | 'contactId'>>) => void;
  onTyping: (typing: boolean) => void;
};

/** The one recipient the API takes: a phone number or an engageSPARK contact, never both. */
export function RecipientField({
  draft,
  check,
  showError,
  onChange,
  onTyping,
}: RecipientFieldProps): ReactElement {
  const kind = draft.recipientKind;
  const id = RECIPIENT_INPUT_IDS[kind];
  const statusId = `${id}-status`;
  const error = !check.ok && showError ? check.message : undefined;
  return (
    <>
      <fieldset className="send-to">
        <legend>Send to</legend>
        {(['phone', 'contact'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="recipient-kind"
              value={option}
              checked={kind === option}
              onChange={() => onChange({ recipientKind: option })}
            />
            {option === 'phone' ? 'Phone number' : 'Contact ID'}
          </label>
        ))}
      </fieldset>
      <Field id={id} label={kind === 'phone' ? 'Phone number' : 'Contact ID'}>
        {(control) => (
          <>
            <input
              {...control}
              aria-describedby={describedBy(control['aria-describedby'], statusId)}
              aria-invalid={error ? true : undefined}
              type={kind === 'phone' ? 'tel' : 'text'}
              inputMode={kind === 'phone' ? 'tel' : 'numeric'}
              autoComplete="off"
              spellCheck={false}
              placeholder={kind === 'phone' ? '+63 917 123 4567' : 'e.g. 1234567'}
              value={kind === 'phone' ? draft.phone : draft.contactId}
              onChange={(event) => {
                onTyping(true);
                onChange(
                  kind === 'phone'
                    ? { phone: event.target.value }
                    : { contactId: event.target.value },
                );
              }}
              onBlur={() => onTyping(false)}
            />
            <RecipientStatus id={statusId} check={check} error={error} />
          </>
        )}
      </Field>
    </>
  );
}

function RecipientStatus({
  id,
  check,
  error,
}: {
  id: string;
  check: RecipientCheck;
  error: string | undefined;
}): ReactElement {
  if (error) {
    return (
      <p id={id} className="field-status field__error">
        {error}
      </p>
    );
  }
  if (!check.ok) return <p id={id} className="field-status" />;
  return (
    <p id={id} className="field-status field-status--ok">
      Sends to {check.display}
      {check.detail ? ` · ${check.detail}` : ''}
    </p>
  );
}
