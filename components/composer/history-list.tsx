import { type ReactElement, useEffect, useMemo, useState } from 'react';
import {
  describeStatus,
  firstLine,
  formatWhen,
  type RecordAction,
  recordActions,
} from '@/utils/composer/describe-record';
import type { StoredReply } from '@/utils/conversations/reply-store';
import { type ConversationSummary, summarizeConversations } from '@/utils/conversations/thread';
import { describeFailure } from '@/utils/failure/describe-failure';
import { errorText } from '@/utils/failure/error-text';
import { sendMessage } from '@/utils/messaging/send-message';
import { describeRecipient } from '@/utils/outbox/describe-recipient';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { ConversationLog } from './conversation-log';
import { heldForQuietHours, SendAnyway } from './send-anyway';
import { useRecipientContact } from './use-recipient-contact';

type HistoryListProps = {
  records: MessageRecord[];
  replies: readonly StoredReply[];
  now: number;
  onSendAgain: (record: MessageRecord) => void;
};

const ACTION_LABELS: Record<RecordAction, string> = {
  cancel: 'Cancel',
  retry: 'Try again',
  'send-again': 'Send again',
};

/**
 * Names are asked for the newest conversations only: opening the history must not send one
 * request per number it holds.
 */
const NAMED_LINES = 10;

/** One line per conversation, newest first: who, the last message, its status, what is unread. */
export function HistoryList({
  records,
  replies,
  now,
  onSendAgain,
}: HistoryListProps): ReactElement {
  // Ask for fresh delivery receipts when the history is shown; updates arrive through storage.
  useEffect(() => {
    sendMessage('checkDeliveries', {}).catch(() => undefined);
  }, []);
  const lines = useMemo(() => summarizeConversations(records, replies), [records, replies]);
  if (lines.length === 0)
    return (
      <p className="quiet">
        No messages yet. What you send appears here, with its delivery status.
      </p>
    );
  return (
    <ol className="history" aria-label="Conversations">
      {lines.map((line, index) => (
        <ConversationLine
          key={line.key}
          line={line}
          named={index < NAMED_LINES}
          now={now}
          onSendAgain={onSendAgain}
        />
      ))}
    </ol>
  );
}

function ConversationLine({
  line,
  named,
  now,
  onSendAgain,
}: {
  line: ConversationSummary;
  named: boolean;
  now: number;
  onSendAgain: (record: MessageRecord) => void;
}): ReactElement {
  const [open, setOpen] = useState(false);
  const contact = useRecipientContact(named && line.digits ? { to: line.digits } : undefined);
  const number = line.lastRecord
    ? describeRecipient(line.lastRecord)
    : formatDigitsForDisplay(line.digits ?? '');
  const name = contact?.kind === 'contact' ? `${contact.name} · ` : '';
  const labelId = `history-${line.key.replace(/\W/g, '-')}`;
  const threadId = `${labelId}-thread`;
  const { last, lastRecord, unread } = line;

  useEffect(() => {
    if (open && unread > 0 && line.digits)
      sendMessage('markConversationRead', { to: line.digits }).catch(() => undefined);
  }, [open, unread, line.digits]);

  return (
    <li className="history__entry" aria-labelledby={labelId}>
      <div className="history__top">
        <span className="history__recipient" id={labelId}>
          {name}
          {number}
        </span>
        <time className="quiet" dateTime={new Date(last.at).toISOString()}>
          {formatWhen(last.at, now)}
        </time>
      </div>
      <p className="history__text">
        {last.kind === 'reply' ? 'Reply: ' : ''}
        {firstLine(last.text)}
      </p>
      <div className="history__bottom">
        {lastRecord && (
          <RecordStatus record={lastRecord} now={now} labelId={labelId} onSendAgain={onSendAgain} />
        )}
        {unread > 0 && (
          <span className="history__unread">
            {unread} new {unread === 1 ? 'reply' : 'replies'}
          </span>
        )}
        {line.digits && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={threadId}
            aria-describedby={labelId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide conversation' : 'Show conversation'}
          </button>
        )}
      </div>
      {open && (
        <div id={threadId}>
          <ConversationLog thread={line.thread} now={now} failed={false} />
        </div>
      )}
    </li>
  );
}

/** The newest sent message's status, and what can be done with it. */
function RecordStatus({
  record,
  now,
  labelId,
  onSendAgain,
}: {
  record: MessageRecord;
  now: number;
  labelId: string;
  onSendAgain: (record: MessageRecord) => void;
}): ReactElement {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const status = describeStatus(record, now);

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
    <>
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
    </>
  );
}
