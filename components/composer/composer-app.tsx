import {
  type ReactElement,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import '@/components/shared/ui.css';
import { HostAccessBanner } from '@/components/shared/host-access-banner';
import { SiteToggle } from '@/components/sites/site-toggle';
import { checkRecipient } from '@/utils/composer/check-recipient';
import { deriveComposer } from '@/utils/composer/composer-state';
import { draftFromRecord } from '@/utils/composer/draft-lifecycle';
import type { ComposerTab, Prefill } from '@/utils/composer/prefill';
import { sendMessage } from '@/utils/messaging/send-message';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { messagesItem } from '@/utils/outbox/message-store';
import { ComposerForm, SENDER_ID } from './composer-form';
import { ComposerTabs, panelId, tabId } from './composer-tabs';
import { HistoryList } from './history-list';
import { KeptDrafts } from './kept-drafts';
import { MESSAGE_ID } from './message-field';
import { RecipientConversation } from './recipient-conversation';
import { RECIPIENT_INPUT_IDS } from './recipient-field';
import type { SendOutcomeView } from './send-result';
import { openSettings, SettingsMissing } from './settings-missing';
import { useDraft } from './use-draft';
import { useNow } from './use-now';
import { usePrefill } from './use-prefill';
import { useRecipientContact } from './use-recipient-contact';
import { useReplies } from './use-replies';
import { useStoredData } from './use-stored-data';
import './composer.css';
import { errorText } from '@/utils/failure/error-text';

/** The record as the outbox has it now, or as the background last answered, whichever is newer. */
function liveOutcome(
  outcome: SendOutcomeView | undefined,
  records: readonly MessageRecord[],
): SendOutcomeView | undefined {
  if (outcome?.kind !== 'record') return outcome;
  const stored = records.find((record) => record.id === outcome.record.id);
  return stored && stored.updatedAt >= outcome.record.updatedAt
    ? { kind: 'record', record: stored }
    : outcome;
}

const NO_PREFILL: Prefill = { source: 'extension', tab: 'compose' };

function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The toolbar popup (or its own small window): write, check, send and follow one SMS. */
export function ComposerApp({ search }: { search: string }): ReactElement {
  const prefill = usePrefill(search);
  const { data, loadError } = useStoredData();
  const { replies, failed: repliesFailed } = useReplies();
  const now = useNow();
  const [tab, setTab] = useState<ComposerTab>('compose');
  const [outcome, setOutcome] = useState<SendOutcomeView>();
  const [sending, setSending] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  const showSettled = useCallback(
    (record: MessageRecord) => setOutcome({ kind: 'record', record }),
    [],
  );
  const ready = prefill && data && data.missing.length === 0 ? data : undefined;
  const controls = useDraft(ready, prefill ?? NO_PREFILL, showSettled);
  const { draft } = controls;

  useEffect(() => {
    if (prefill) setTab(prefill.tab);
  }, [prefill]);

  // Once, when the draft first shows: focus where the user goes on typing.
  const focusedOnce = useRef(false);
  useEffect(() => {
    if (!draft || focusedOnce.current || tab !== 'compose') return;
    focusedOnce.current = true;
    const recipientValue = draft.recipientKind === 'phone' ? draft.phone : draft.contactId;
    focusById(recipientValue.trim() === '' ? RECIPIENT_INPUT_IDS[draft.recipientKind] : MESSAGE_ID);
  }, [draft, tab]);

  useEffect(() => {
    if (outcome && focusResult.current) {
      focusResult.current = false;
      resultHeadingRef.current?.focus();
    }
  }, [outcome]);

  // Who the recipient is: asked once it is valid, and told in the contact line and the warnings.
  const lookupRecipient = useMemo(() => {
    if (!draft || !ready) return undefined;
    const { recipientMode, defaultCountry } = ready.settings;
    const check = checkRecipient(draft, recipientMode, defaultCountry);
    return check.ok ? check.recipient : undefined;
  }, [draft, ready]);
  const contact = useRecipientContact(lookupRecipient);
  const recipientName = contact?.kind === 'contact' ? contact.name : undefined;

  const view = useMemo(
    () =>
      draft && ready
        ? deriveComposer({
            draft,
            settings: ready.settings,
            records: ready.records,
            balance: ready.balance,
            now,
            optOuts: ready.optOuts,
            recipientName,
          })
        : undefined,
    [draft, ready, now, recipientName],
  );

  if (loadError) {
    return (
      <Shell>
        <div className="banner banner--error" role="alert">
          <p>The composer could not load: {loadError}</p>
        </div>
      </Shell>
    );
  }
  if (!data || !prefill) {
    return (
      <Shell>
        <p className="quiet">Loading…</p>
      </Shell>
    );
  }
  if (data.missing.length > 0) {
    return (
      <Shell>
        <SettingsMissing missing={data.missing} />
      </Shell>
    );
  }

  async function send(confirmed = false): Promise<void> {
    if (sending || !view || !data) return;
    if (!view.request) {
      setAttempted(true);
      const first = view.blockers[0]?.field;
      if (first && draft)
        focusById(
          first === 'recipient'
            ? RECIPIENT_INPUT_IDS[draft.recipientKind]
            : first === 'from'
              ? SENDER_ID
              : MESSAGE_ID,
        );
      return;
    }
    // Text the user did not write goes out only after one deliberate yes (ConfirmSuggested).
    if (draft?.suggested && !confirmed) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    // Confirmed: the text is now the user's. Same id (the request carries it), so not an edit.
    if (draft?.suggested)
      controls.replace({ ...draft, suggested: undefined, updatedAt: Date.now() });
    setSending(true);
    focusResult.current = true;
    const showRecord = (record: MessageRecord): void => {
      setAttempted(false);
      controls.settle([...data.records.filter((candidate) => candidate.id !== record.id), record]);
      setOutcome({ kind: 'record', record });
    };
    try {
      showRecord(await sendMessage('sendSms', view.request));
    } catch (error) {
      // The worker can die after it wrote the message down (the browser stopped it mid-send): the
      // outbox then has it and will finish it, once. Follow that record instead of "Not sent".
      const written = await findRecord(view.request.id);
      if (!written) return setOutcome({ kind: 'error', message: errorText(error) });
      showRecord(written);
      sendMessage('resumeOutbox', {}).catch(() => undefined);
    } finally {
      setSending(false);
    }
  }

  async function retry(record: MessageRecord): Promise<void> {
    // The draft still holds this very message: following the retried one clears it once sent.
    const request = view?.request;
    if (
      draft &&
      request &&
      request.message === record.message &&
      JSON.stringify(request.recipient) === JSON.stringify(record.recipient)
    ) {
      controls.replace({ ...draft, id: record.id, updatedAt: Date.now() }, draft.id);
    }
    const updated = await sendMessage('retryMessage', { id: record.id });
    if (updated) setOutcome({ kind: 'record', record: updated });
  }

  async function cancel(record: MessageRecord): Promise<void> {
    const updated = await sendMessage('cancelMessage', { id: record.id });
    if (updated) setOutcome({ kind: 'record', record: updated });
  }

  function sendAgain(record: MessageRecord): void {
    // A new draft of its own: the one being written stays kept (KeptDrafts offers it).
    controls.replace(draftFromRecord(record, Date.now()));
    setConfirming(false);
    setOutcome(undefined);
    setAttempted(false);
    setTab('compose');
    focusById(MESSAGE_ID);
  }

  /** The sent message's draft was already cleared: only the result makes way for the next one. */
  function newMessage(): void {
    setOutcome(undefined);
    focusById(RECIPIENT_INPUT_IDS[draft?.recipientKind ?? 'phone']);
  }

  return (
    <Shell>
      {data.settingsWarning && (
        <div role="alert" className="banner banner--warning">
          <p>{data.settingsWarning}</p>
        </div>
      )}
      <HostAccessBanner />
      <ComposerTabs selected={tab} onSelect={setTab} />
      {tab === 'compose' && (
        <KeptDrafts
          kept={controls.kept}
          onOpen={(kept) => {
            controls.switchTo(kept);
            setOutcome(undefined);
            setConfirming(false);
            setAttempted(false);
            focusById(MESSAGE_ID);
          }}
        />
      )}
      <div
        role="tabpanel"
        id={panelId('compose')}
        aria-labelledby={tabId('compose')}
        hidden={tab !== 'compose'}
      >
        {draft && view ? (
          <ComposerForm
            draft={draft}
            view={view}
            endpoint={data.settings.recipientMode}
            templates={data.templates}
            now={now}
            sending={sending}
            attempted={attempted}
            outcome={liveOutcome(outcome, data.records)}
            confirming={confirming}
            onConfirmSuggested={() => void send(true)}
            onNotYet={() => {
              setConfirming(false);
              focusById(MESSAGE_ID);
            }}
            resultHeadingRef={resultHeadingRef}
            onChange={(patch) => {
              controls.update(patch);
              if (outcome && !sending) setOutcome(undefined);
            }}
            onSend={() => void send()}
            onNewMessage={newMessage}
            onEdit={() => {
              setOutcome(undefined);
              focusById(MESSAGE_ID);
            }}
            onCancel={cancel}
            onRetry={retry}
            belowRecipient={
              <RecipientConversation
                recipient={view.recipient.ok ? view.recipient.recipient : undefined}
                contact={contact}
                records={data.records}
                replies={replies}
                repliesFailed={repliesFailed}
                now={now}
              />
            }
          />
        ) : (
          <p className="quiet">Loading your draft…</p>
        )}
      </div>
      <div
        role="tabpanel"
        id={panelId('history')}
        aria-labelledby={tabId('history')}
        hidden={tab !== 'history'}
      >
        {tab === 'history' && (
          <HistoryList records={data.records} replies={replies} now={now} onSendAgain={sendAgain} />
        )}
      </div>
      <SiteToggle />
    </Shell>
  );
}

function Shell({ children }: { children: ReactNode }): ReactElement {
  return (
    <main className="composer">
      <header className="composer__header">
        <h1>Send SMS</h1>
        <button type="button" className="link-button" onClick={openSettings}>
          Settings
        </button>
      </header>
      {children}
    </main>
  );
}

async function findRecord(id: string): Promise<MessageRecord | undefined> {
  return (await messagesItem.load()).find((record) => record.id === id);
}
