import type { ReactElement } from 'react';
import { contactLineText, type RecipientContact } from '@/utils/contacts/recipient-contact';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';

/** One quiet line under the recipient: who a send reaches. Text only, whatever the answer held. */
export function ContactLine({ contact }: { contact: RecipientContact | undefined }): ReactElement {
  const tone = contact?.kind === 'failed' ? ' contact-line--failed' : '';
  return (
    <p className={`quiet contact-line${tone}`} aria-live="polite" data-testid="contact-line">
      {contact ? contactLineText(contact, formatDigitsForDisplay) : ''}
    </p>
  );
}
