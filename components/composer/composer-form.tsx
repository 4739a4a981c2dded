import { type ReactElement, type ReactNode, type RefObject, useState } from 'react';
import { Field } from '@/components/shared/field';
import type { ComposerField, ComposerView } from '@/utils/composer/composer-state';
import type { DraftPatch } from '@/utils/composer/draft-lifecycle';
import type { Draft } from '@/utils/composer/draft-store';
import type { MessageRecord } from '@/utils/outbox/message-record';
import type { OfferedTemplate } from '@/utils/policy/effective-settings';
import type { RecipientMode } from '@/utils/settings/settings-schema';
import { ConfirmSuggested } from './confirm-suggested';
import { MessageField } from './message-field';
import { RecipientField } from './recipient-field';
import { type SendOutcomeView, SendResult } from './send-result';
import { isSendShortcut, SEND_KEYSHORTCUTS, SEND_SHORTCUT } from './send-shortcut';
import { WarningsList } from './warnings-list';

export const SENDER_ID = 'sender';

type ComposerFormProps = {
  draft: Draft;
  view: ComposerView;
  endpoint: RecipientMode;
  templates: OfferedTemplate[];
  now: number;
  sending: boolean;
  /** Send was pressed with something missing: empty fields now say so. */
  attempted: boolean;
  outcome: SendOutcomeView | undefined;
  /** Send was pressed on suggested text: the one extra confirmation is showing. */
  confirming: boolean;
  onConfirmSuggested: () => void;
  onNotYet: () => void;
  resultHeadingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (patch: DraftPatch) => void;
  onSend: () => void;
  onNewMessage: () => void;
  onEdit: () => void;
  onCancel: (record: MessageRecord) => Promise<void>;
  onRetry: (record: MessageRecord) => Promise<void>;
  /** Who the recipient is and the conversation with them, shown under the recipient. */
  belowRecipient?: ReactNode;
};

function messageError(view: ComposerView, attempted: boolean): string | undefined {
  const blocker = view.blockers.find((candidate) => candidate.field === 'message');
  if (!blocker) return undefined;
  if (view.counter.tooLong || view.personalization.status === 'refused') return blocker.message;
  return attempted ? blocker.message : undefined;
}

/** The message being written: recipient, sender, text, warnings, and Send (or what became of it). */
export function ComposerForm(props: ComposerFormProps): ReactElement {
  const { draft, view, endpoint, templates, now, sending, attempted, outcome, onChange, onSend } =
    props;
  const [typing, setTyping] = useState<ComposerField>();
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const typingIn = (field: ComposerField) => (active: boolean) =>
    setTyping(active ? field : undefined);
  const showRecipientError =
    !view.recipient.ok && typing !== 'recipient' && (attempted || !view.recipient.empty);

  return (
    <form
      className="composer__form"
      aria-label="New SMS"
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (!isSendShortcut(event)) return;
        event.preventDefault();
        // While the confirmation shows, the shortcut does nothing: a second Ctrl+Enter is not a
        // deliberate yes to text the user did not write.
        if (!sending && !outcome && !props.confirming) onSend();
      }}
    >
      <RecipientField
        draft={draft}
        check={view.recipient}
        showError={showRecipientError}
        onChange={onChange}
        onTyping={typingIn('recipient')}
      />
      {props.belowRecipient}
      <Field
        id={SENDER_ID}
        label="From"
        error={!view.sender.ok && typing !== 'from' ? view.sender.message : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={30}
            placeholder="Your organization’s default sender"
            value={draft.from}
            onChange={(event) => {
              setTyping('from');
              onChange({ from: event.target.value });
            }}
            onBlur={() => setTyping(undefined)}
          />
        )}
      </Field>
      <MessageField
        message={draft.message}
        suggested={draft.suggested}
        view={view}
        endpoint={endpoint}
        error={messageError(view, attempted)}
        templates={templates}
        templatesOpen={templatesOpen}
        onTemplatesOpen={setTemplatesOpen}
        onChange={(message) => onChange({ message })}
        onUseTemplate={(message) => onChange({ message, suggested: undefined })}
        onTyping={typingIn('message')}
      />
      {!outcome && <WarningsList warnings={view.warnings} />}
      <div className="send-area">
        {props.confirming && draft.suggested && !outcome ? (
          <ConfirmSuggested onConfirm={props.onConfirmSuggested} onNotYet={props.onNotYet} />
        ) : outcome ? (
          <SendResult
            outcome={outcome}
            now={now}
            headingRef={props.resultHeadingRef}
            onNewMessage={props.onNewMessage}
            onEdit={props.onEdit}
            onCancel={props.onCancel}
            onRetry={props.onRetry}
          />
        ) : (
          <div className="send-row">
            <button
              type="button"
              className="button button--primary"
              disabled={sending}
              aria-keyshortcuts={SEND_KEYSHORTCUTS}
              onClick={onSend}
            >
              {sending ? 'Sending…' : 'Send'}
            </button>
            <span className="quiet" aria-hidden="true">
              {SEND_SHORTCUT}
            </span>
          </div>
        )}
      </div>
    </form>
  );
}
