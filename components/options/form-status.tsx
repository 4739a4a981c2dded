import type { ReactElement } from 'react';
import type { Message } from './use-settings-form';

/** What the last save or removal did: a polite status, and an alert for what went wrong. */
export function FormStatus({
  message,
  problem,
}: {
  message: Message | undefined;
  problem: string | undefined;
}): ReactElement {
  return (
    <>
      <div role="status">{message && <MessageText message={message} />}</div>
      <div role="alert">
        {problem && (
          <div className="banner banner--error">
            <p>{problem}</p>
          </div>
        )}
      </div>
    </>
  );
}

function MessageText({ message }: { message: Message }): ReactElement {
  return (
    <div className={message.tone === 'ok' ? 'banner banner--ok' : 'banner'}>
      <p>{message.text}</p>
      {message.notices?.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}
