// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecipientConversation } from '@/components/composer/recipient-conversation';
import { useRecipientContact } from '@/components/composer/use-recipient-contact';
import type { StoredReply } from '@/utils/conversations/reply-store';
import type { MessageData, MessageName, MessageResults } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import type { Recipient } from '@/utils/outbox/message-record';
import { makeRecord } from './make-record';

vi.mock('@/utils/messaging/send-message', () => ({ sendMessage: vi.fn() }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const MARIA = '639171234567';
const T = Date.parse('2026-03-10T12:00:00Z');
const send = vi.mocked(sendMessage);
let root: Root | undefined;
let container: HTMLElement;

function answer(lookUp: () => Promise<MessageResults['lookUpContact']>): void {
  send.mockImplementation(async <N extends MessageName>(name: N, _data: MessageData<N>) => {
    if (name === 'lookUpContact') return (await lookUp()) as never;
    if (name === 'markConversationRead') return { unread: 0 } as never;
    throw new Error(`unexpected ${name}`);
  });
}

async function render(
  recipient: Recipient | undefined,
  replies: StoredReply[] = [],
  repliesFailed = false,
): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const records = [
    makeRecord({
      id: 'sent-1',
      recipient: { to: MARIA },
      message: 'Your order ships today',
      createdAt: T,
      sentAt: T,
      status: 'sent',
      delivery: 'delivered',
    }),
  ];
  await act(async () =>
    root?.render(
      <WithLookup
        recipient={recipient}
        records={records}
        replies={replies}
        repliesFailed={repliesFailed}
        now={T + 60_000}
      />,
    ),
  );
  // The lookup waits a moment after the last keystroke: that moment passes on the fake clock.
  await act(async () => {
    await vi.advanceTimersByTimeAsync(1_000);
  });
}

beforeEach(() => {
  send.mockReset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  act(() => root?.unmount());
  container.remove();
});

/** As the composer does: it asks who the recipient is once and hands the answer down. */
function WithLookup(
  props: Omit<Parameters<typeof RecipientConversation>[0], 'contact'>,
): ReturnType<typeof RecipientConversation> {
  const contact = useRecipientContact(props.recipient);
  return <RecipientConversation {...props} contact={contact} />;
}

const reply = (id: string, at: number, text: string): StoredReply => ({
  id,
  from: MARIA,
  text,
  receivedAt: new Date(at).toISOString(),
  read: false,
});

describe('RecipientConversation', () => {
  it('names the contact and shows the thread oldest first, as text', async () => {
    answer(async () => ({ kind: 'contact', contactId: 41, name: 'Maria Santos', phone: MARIA }));
    await render({ to: MARIA }, [reply('r1', T + 30_000, '<img src=x onerror=alert(1)>Thanks')]);
    expect(container.querySelector('.contact-line')?.textContent).toBe(
      'Maria Santos · +63 917 123 4567',
    );
    const log = container.querySelector('[role="log"]');
    expect(log?.getAttribute('aria-label')).toBe('Conversation');
    const items = [...(log?.querySelectorAll('li') ?? [])].map((item) => item.textContent);
    expect(items[0]).toContain('Your order ships today');
    expect(items[0]).toContain('Delivered');
    expect(items[1]).toContain('<img src=x onerror=alert(1)>Thanks');
    expect(log?.querySelector('img')).toBeNull();
    expect(send).toHaveBeenCalledWith('markConversationRead', { to: MARIA });
  });

  it('says in one quiet line that the lookup failed', async () => {
    answer(async () => {
      throw new Error('The extension did not answer.');
    });
    await render({ to: MARIA });
    expect(container.querySelector('.contact-line')?.textContent).toBe(
      'Could not look up the contact name right now. Sending still works.',
    );
  });

  it('says in plain words that replies could not be loaded, and still shows what was sent', async () => {
    answer(async () => ({ kind: 'new-contact' }));
    await render({ to: MARIA }, [], true);
    expect(container.textContent).toContain(
      'Replies could not be loaded right now. Sending still works.',
    );
    expect(container.querySelector('[role="log"]')?.textContent).toContain(
      'Your order ships today',
    );
    expect(send).not.toHaveBeenCalledWith('markConversationRead', expect.anything());
  });

  it('shows nothing and asks nothing without a valid recipient', async () => {
    answer(async () => ({ kind: 'new-contact' }));
    await render(undefined);
    expect(container.textContent).toBe('');
    expect(send).not.toHaveBeenCalled();
  });
});
