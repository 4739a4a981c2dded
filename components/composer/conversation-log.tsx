import { type ReactElement, useEffect, useRef } from 'react';
import { describeStatus, formatWhen } from '@/utils/composer/describe-record';
import type { ThreadItem } from '@/utils/conversations/thread';

type ConversationLogProps = {
  thread: readonly ThreadItem[];
  now: number;
  /** The replies could not be loaded: said in plain words; sending is not affected. */
  failed: boolean;
};

/**
 * The conversation with the recipient, oldest at the top, newest at the bottom and in view. Every
 * text is rendered as text: a reply is whatever someone typed on a phone.
 */
export function ConversationLog({
  thread,
  now,
  failed,
}: ConversationLogProps): ReactElement | null {
  const logRef = useRef<HTMLDivElement>(null);
  const newestId = thread.at(-1)?.id;
  useEffect(() => {
    const log = logRef.current;
    if (log && newestId !== undefined) log.scrollTop = log.scrollHeight;
  }, [newestId]);
  if (thread.length === 0 && !failed) return null;
  return (
    <div className="conversation">
      {failed && (
        <p className="quiet conversation__problem">
          Replies could not be loaded right now. Sending still works.
        </p>
      )}
      {thread.length > 0 && (
        <div role="log" aria-label="Conversation" className="conversation__log" ref={logRef}>
          <ol className="conversation__items">
            {thread.map((item) => (
              <ConversationItem key={`${item.kind}:${item.id}`} item={item} now={now} />
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

function ConversationItem({ item, now }: { item: ThreadItem; now: number }): ReactElement {
  const status = item.kind === 'sent' ? describeStatus(item.record, now) : undefined;
  return (
    <li className={`conversation__item conversation__item--${item.kind}`}>
      <span className="visually-hidden">{item.kind === 'sent' ? 'You: ' : 'Reply: '}</span>
      <p className="conversation__text">{item.text}</p>
      <p className="conversation__meta quiet">
        <time dateTime={new Date(item.at).toISOString()}>{formatWhen(item.at, now)}</time>
        {status && <span className={`status status--${status.tone}`}> · {status.word}</span>}
      </p>
    </li>
  );
}
