import { useEffect, useState } from 'react';
import type { RecipientContact } from '@/utils/contacts/recipient-contact';
import { sendMessage } from '@/utils/messaging/send-message';
import type { Recipient } from '@/utils/outbox/message-record';

/** A short pause after the last keystroke, so a number being typed is not looked up digit by digit. */
const LOOKUP_DELAY_MS = 250;

/**
 * Who the recipient is, asked of the background once the recipient is valid; undefined while
 * there is none or the answer is on its way. Typing and sending never wait for it.
 */
export function useRecipientContact(
  recipient: Recipient | undefined,
): RecipientContact | undefined {
  const key = recipient ? JSON.stringify(recipient) : '';
  const [answer, setAnswer] = useState<{ key: string; contact: RecipientContact }>();
  useEffect(() => {
    if (key === '') return;
    let active = true;
    const timer = setTimeout(() => {
      const asked = JSON.parse(key) as Recipient;
      sendMessage('lookUpContact', { recipient: asked }).then(
        (contact) => active && setAnswer({ key, contact }),
        () => active && setAnswer({ key, contact: { kind: 'failed', settings: false } }),
      );
    }, LOOKUP_DELAY_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [key]);
  return answer?.key === key ? answer.contact : undefined;
}
