import type { ReactElement } from 'react';
import type { RecipientMode } from '@/utils/settings/settings-schema';

type Choice = { value: RecipientMode; label: string; explanation: string };

const CHOICES: readonly Choice[] = [
  {
    value: 'contact',
    label: 'Create or update contacts',
    explanation:
      'Sends through /v1/sms/contact: engageSPARK keeps a contact for each number, so personalization such as {{contact.firstName}} works.',
  },
  {
    value: 'phonenumber',
    label: "Don't create contacts",
    explanation:
      'Sends through /v1/sms/phonenumber: nothing is added to your contacts, and personalization such as {{contact.firstName}} does not work.',
  },
];

type RecipientModeFieldProps = {
  value: RecipientMode;
  onChange: (value: RecipientMode) => void;
};

export function RecipientModeField({ value, onChange }: RecipientModeFieldProps): ReactElement {
  return (
    <fieldset className="field field-group">
      <legend className="field-group__legend">Recipients</legend>
      {CHOICES.map((choice) => {
        const id = `recipient-mode-${choice.value}`;
        return (
          <div className="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name="recipientMode"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-describedby={`${id}-explanation`}
            />
            <label htmlFor={id}>{choice.label}</label>
            <p className="choice__explanation field__hint" id={`${id}-explanation`}>
              {choice.explanation}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
