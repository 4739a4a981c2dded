import { type ReactElement, useEffect, useState } from 'react';
import {
  describeStatus,
  firstLine,
  formatWhen,
  type RecordAction,
  recordActions,
} from '@/utils/composer/describe-record';
import { describeFailure } from '@/utils/failure/describe-failure';
import { errorText } from '@/utils/failure/error-text';
import { sendMessage } from '@/utils/messaging/send-message';
import { describeRecipient } from '@/utils/outbox/describe-recipient';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { heldForQuietHours, SendAnyway } from './send-anyway';

type HistoryListProps = {
  records: MessageRecord[];
  now: number;
  onSendAgain: (record: MessageRecord) => void;
};

const ACTION_LABELS: Record<RecordAction, string> = {
  cancel: 'Cancel',
  retry: 'Try again',
  'send-again': 'Send again',
};

/** Recent messages, newest first, as the outbox in the background keeps them. */
export function HistoryList({ records, now, onSendAgain }: HistoryListProps): ReactElement {
  // Ask for fresh delivery receipts when the history is shown; updates arrive through storage.
  useEffect(() => {
    sendMessage('checkDeliveries', {}).catch(() => undefined);
  }, []);
  const sorted = [...records].sort((a, b) => b.createdAt - a.createdAt);
  if (sorted.length === 0)
    return (
      <p className="quiet">
        No messages yet. What you send appears here, with its delivery status.
      </p>
    );
  return (
    <ol className="history" aria-label="Recent messages">
      {sorted.map((record) => (
        <HistoryEntry key={record.id} record={record} now={now} onSendAgain={onSendAgain} />
      ))}
    </ol>
  );
}

function HistoryEntry({
  record,
  now,
  onSendAgain,
}: {
  record: MessageRecord;
  now: number;
  onSendAgain: (record: MessageRecord) => void;
}): ReactElement {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const status = describeStatus(record, now);
  const recipient = describeRecipient(record);
  const labelId = `history-${record.id}`;

  function act(action: RecordAction): void {
    if (action === 'send-again') {
      onSendAgain(record);
      return;
    }
    setBusy(true);
    setProblem(undefined);
    sendMessage(action === 'cancel' ? 'cancelMessage' : 'retryMessage', { id: record.id })
      .catch((error: unknown) => setProblem(errorText(error)))
      .finally(() => setBusy(false));
  }

  return (
    <li className="history__entry" aria-labelledby={labelId}>
      <div className="history__top">
        <span className="history__recipient" id={labelId}>
          {recipient}
        </span>
        <time className="quiet" dateTime={new Date(record.createdAt).toISOString()}>
          {formatWhen(record.createdAt, now)}
        </time>
      </div>
      <p className="history__text">{firstLine(record.message)}</p>
      <div className="history__bottom">
        <span className={`status status--${status.tone}`}>{status.word}</span>
        <span className="actions">
          {recordActions(record).map((action) => (
            <button
              key={action}
              type="button"
              className="button button--small"
              disabled={busy}
              aria-describedby={labelId}
              onClick={() => act(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
          <SendAnyway record={record} />
        </span>
      </div>
      {(heldForQuietHours(record) || record.failure?.kind === 'opted-out') && record.failure && (
        <p className="quiet">{describeFailure(record.failure).line}</p>
      )}
      {record.quietHoursOverriddenAt !== undefined && (
        <p className="quiet">
          Sent in the recipient’s quiet hours: you chose “Send now anyway” at{' '}
          {formatWhen(record.quietHoursOverriddenAt, now)}.
        </p>
      )}
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </li>
  );
}
