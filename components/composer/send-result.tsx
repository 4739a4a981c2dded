import { type ReactElement, type RefObject, useState } from 'react';
import { describeResult, type ResultAction } from '@/utils/composer/describe-result';
import { errorText } from '@/utils/failure/error-text';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { SendAnyway } from './send-anyway';
import { openSettings } from './settings-missing';

/** What the Send button turned into: the background's message, or a failure to reach it at all. */
export type SendOutcomeView =
  | { kind: 'record'; record: MessageRecord }
  | { kind: 'error'; message: string };

type SendResultProps = {
  outcome: SendOutcomeView;
  now: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onNewMessage: () => void;
  onEdit: () => void;
  onCancel: (record: MessageRecord) => Promise<void>;
  onRetry: (record: MessageRecord) => Promise<void>;
};

const ACTION_LABELS: Record<ResultAction, string> = {
  'new-message': 'New message',
  edit: 'Edit message',
  cancel: 'Cancel',
  retry: 'Try again',
  'open-settings': 'Open Settings',
};

/** Shown in place of Send; it follows the message as the background finishes it. */
export function SendResult({
  outcome,
  now,
  headingRef,
  onNewMessage,
  onEdit,
  onCancel,
  onRetry,
}: SendResultProps): ReactElement {
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string>();

  if (outcome.kind === 'error') {
    return (
      <div className="result result--problem" role="alert">
        <h2 ref={headingRef} tabIndex={-1}>
          Not sent
        </h2>
        <p>{outcome.message}</p>
        <p>Your message is still here.</p>
        <div className="actions">
          <button type="button" className="button" onClick={onEdit}>
            Edit message
          </button>
        </div>
      </div>
    );
  }

  const { record } = outcome;
  const view = describeResult(record, now);

  function run(action: (record: MessageRecord) => Promise<void>): void {
    setBusy(true);
    setActionError(undefined);
    action(record)
      .catch((error: unknown) => setActionError(errorText(error)))
      .finally(() => setBusy(false));
  }

  const handlers: Record<ResultAction, () => void> = {
    'new-message': onNewMessage,
    edit: onEdit,
    cancel: () => run(onCancel),
    retry: () => run(onRetry),
    'open-settings': openSettings,
  };

  return (
    <div className={`result result--${view.tone}`} role={view.role}>
      <h2 ref={headingRef} tabIndex={-1}>
        {view.title}
      </h2>
      {view.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {view.facts.length > 0 && (
        <dl>
          {view.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {actionError && <p className="field__error">{actionError}</p>}
      <div className="actions">
        {view.actions.map((action) => (
          <button
            key={action}
            type="button"
            className={
              action === 'new-message' || action === 'open-settings'
                ? 'button button--primary'
                : 'button'
            }
            disabled={busy && (action === 'cancel' || action === 'retry')}
            onClick={handlers[action]}
          >
            {ACTION_LABELS[action]}
          </button>
        ))}
        <SendAnyway record={record} />
      </div>
    </div>
  );
}
