import { type ReactElement, useState } from 'react';
import { describeRecipientZone } from '@/utils/failure/describe-failure';
import { errorText } from '@/utils/failure/error-text';
import { sendMessage } from '@/utils/messaging/send-message';
import type { MessageRecord } from '@/utils/outbox/message-record';

/** Whether "Send now anyway" applies: only quiet hours can be overridden, never an opt-out. */
export function heldForQuietHours(record: MessageRecord): boolean {
  return record.status === 'held' && record.failure?.kind === 'quiet-hours';
}

/**
 * "Send now anyway" for a message held by quiet hours: a first press asks, a second, deliberate
 * one sends (the background records it on the message, and the history shows it).
 */
export function SendAnyway({
  record,
  onSent,
}: {
  record: MessageRecord;
  onSent?: (record: MessageRecord) => void;
}): ReactElement | null {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (!heldForQuietHours(record) || record.failure?.kind !== 'quiet-hours') return null;
  const { localTime } = record.failure;
  const zone = describeRecipientZone(record.failure);

  function confirm(): void {
    setBusy(true);
    setProblem(undefined);
    sendMessage('sendHeldNow', { id: record.id, confirmed: true })
      .then((updated) => {
        setAsking(false);
        if (updated) onSent?.(updated);
      })
      .catch((error: unknown) => setProblem(errorText(error)))
      .finally(() => setBusy(false));
  }

  if (!asking)
    return (
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        Send now anyway
      </button>
    );
  return (
    <fieldset className="plain send-anyway" aria-label="Send now anyway?">
      <p>
        It was {localTime} for the recipient ({zone}) when you pressed Send. Send it now, in their
        quiet hours? This is recorded in the history.
      </p>
      <div className="actions">
        <button type="button" className="button button--small" disabled={busy} onClick={confirm}>
          Yes, send now
        </button>
        <button type="button" className="button button--small" onClick={() => setAsking(false)}>
          Keep waiting
        </button>
      </div>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
