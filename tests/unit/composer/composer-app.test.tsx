// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComposerApp } from '@/components/composer/composer-app';
import { byRecency, createDraft, type Draft, draftsItem } from '@/utils/composer/draft-store';
import { leavePrefill } from '@/utils/composer/pending-prefill';
import { saveTemplate } from '@/utils/composer/templates-store';
import type { MessageData, MessageName } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import { messagesItem } from '@/utils/outbox/message-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';
import { saveSettings } from '@/utils/settings/settings-store';
import { makeRecord } from './make-record';

vi.mock('@/utils/settings/api-key-store', () => ({ readApiKey: vi.fn(async () => 'key') }));
vi.mock('@/utils/messaging/send-message', () => ({ sendMessage: vi.fn() }));
// No organization policy here: tests/unit/policy and the e2e tests cover it.
vi.mock('@/utils/policy/page-policy', () => ({
  fetchPolicy: vi.fn(async () => ({ view: { hasApiKey: false }, warnings: [] })),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const send = vi.mocked(sendMessage);
let root: Root | undefined;
let container: HTMLElement;

/**
 * Lets the composer finish what it started (stored reads and writes, renders): waits until what
 * it shows has stayed the same for several turns of the event loop, not for a fixed number.
 */
async function settle(): Promise<void> {
  let last: string | undefined;
  for (let turns = 0, stable = 0; stable < 5 && turns < 500; turns += 1) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const shown = container?.innerHTML;
    stable = shown === last ? stable + 1 : 0;
    last = shown;
  }
}

async function render(search = ''): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<ComposerApp search={search} />));
  await settle();
}

function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const labelElement = [...container.querySelectorAll('label')].find(
    (element) => element.htmlFor !== '' && element.textContent === label,
  );
  const control = labelElement ? document.getElementById(labelElement.htmlFor) : null;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement))
    throw new Error(`No field labelled ${label}`);
  return control;
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (element) => element.textContent === name,
  );
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

/** Types like a user: React listens to the native input event, not to a value assignment. */
async function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const prototype =
    control instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
  await act(async () => control.dispatchEvent(new Event('input', { bubbles: true })));
  await settle();
}

/** The draft written last (the one the composer under test shows). */
async function storedDraft(): Promise<Draft> {
  return byRecency((await draftsItem.area.getValue()) as Draft[])[0] as Draft;
}

async function storedDrafts(): Promise<Draft[]> {
  return (await draftsItem.area.getValue()) as Draft[];
}

async function storeDraft(draft: Draft): Promise<void> {
  await draftsItem.area.setValue([draft]);
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no permissions API; the API host is granted, as in Chrome at install.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
  send.mockReset();
  send.mockImplementation(async <N extends MessageName>(name: N, _data: MessageData<N>) => {
    if (name === 'refreshBalance') return { ok: false, title: 'x', detail: 'y' } as never;
    throw new Error(`unexpected ${name}`);
  });
  await saveSettings({ ...DEFAULT_SETTINGS, orgId: 1234, senderId: 'ACME' });
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

describe('ComposerApp', () => {
  it('says what is missing instead of the composer', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, orgId: null });
    await render();
    expect(container.textContent).toContain(
      'Not set up yet: add your organization ID in Settings.',
    );
    expect(button('Open Settings')).toBeDefined();
  });

  it('restores the stored draft and stores every change under the same id', async () => {
    await storeDraft({
      ...createDraft({ recipientKind: 'phone', from: 'Sales' }, 1, 'draft-0001'),
      phone: '0917 123 4567',
      message: 'Half',
    });
    await render();
    expect(field('Phone number').value).toBe('0917 123 4567');
    expect(field('From').value).toBe('Sales');
    expect(field('Message').value).toBe('Half');
    expect(container.textContent).toContain('Sends to +63 917 123 4567 · Philippines');

    await type(field('Message'), 'Half-written');
    expect(await storedDraft()).toMatchObject({ id: 'draft-0001', message: 'Half-written' });
  });

  it('opens a clicked number with a clean draft, and keeps the draft written for another (issue 14)', async () => {
    const other = {
      ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
      phone: '0918 000 0000',
      message: 'Private: your loan is approved',
    } satisfies Draft;
    await storeDraft(other);
    const token = await leavePrefill({ to: '639171234567' });
    await render(`?prefill=${token}`);
    expect(field('Phone number').value).toBe('+63 917 123 4567');
    expect(field('Message').value).toBe('');
    expect(container.textContent).toContain(
      'Your unsent message to 0918 000 0000 (“Private: your loan is approved”) is kept.',
    );
    const drafts = await storedDrafts();
    expect(drafts).toContainEqual(other);
    expect(drafts).toHaveLength(2);

    await act(async () => button('Open it').click());
    await settle();
    expect(field('Phone number').value).toBe('0918 000 0000');
    expect(field('Message').value).toBe('Private: your loan is approved');
  });

  it('takes a prefill token once; an unknown token fills nothing in', async () => {
    const token = await leavePrefill({ to: '639171234567' });
    await render('?prefill=not-the-token');
    expect(field('Phone number').value).toBe('');
    act(() => root?.unmount());
    container.remove();
    await render(`?prefill=${token}`);
    expect(field('Phone number').value).toBe('+63 917 123 4567');
  });

  it('shows text from the URL whole, marked as suggested, and sends it only after one confirmation', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}`).join('\n');
    send.mockImplementation(async (name) => {
      if (name !== 'sendSms') return { ok: false, title: 'x', detail: 'y' } as never;
      return makeRecord({ id: 'x-0000001', status: 'queued', message: lines }) as never;
    });
    await render(`?to=639171234567&message=${encodeURIComponent(`${lines}\u202E`)}`);
    const box = field('Message') as HTMLTextAreaElement;
    expect(box.value).toBe(lines);
    expect(Number(box.getAttribute('rows'))).toBeGreaterThanOrEqual(30);
    expect(box.className).toContain('message--suggested');
    expect(container.textContent).toContain('Suggested text: you did not write this.');
    expect(container.textContent).toContain('another extension');

    const form = container.querySelector('form') as HTMLFormElement;
    const ctrlEnter = (): boolean =>
      form.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    await act(async () => ctrlEnter());
    await settle();
    expect(container.textContent).toContain('Send text you did not write?');
    await act(async () => ctrlEnter());
    await settle();
    expect(send).not.toHaveBeenCalledWith('sendSms', expect.anything());

    await act(async () => button('Yes, send this text').click());
    await settle();
    const sends = send.mock.calls.filter(([name]) => name === 'sendSms');
    expect(sends).toEqual([['sendSms', expect.objectContaining({ message: lines })]]);
  });

  it('a template the user picks replaces suggested text and is the user’s own: no confirmation', async () => {
    await saveTemplate({ name: 'Thanks', message: 'Thank you for your order.' });
    send.mockImplementation(async (name) => {
      if (name !== 'sendSms') return { ok: false, title: 'x', detail: 'y' } as never;
      return makeRecord({ id: 'x-0000001', status: 'queued' }) as never;
    });
    await render(`?to=639171234567&message=${encodeURIComponent('Injected')}`);
    expect(container.textContent).toContain('Suggested text');
    await act(async () => button('Templates (1)').click());
    await settle();
    const use = container.querySelector('button[aria-label="Use template Thanks"]');
    await act(async () => (use as HTMLButtonElement).click());
    await settle();
    expect(field('Message').value).toBe('Thank you for your order.');
    expect(container.textContent).not.toContain('Suggested text');
    await act(async () => button('Send').click());
    await settle();
    expect(send).toHaveBeenCalledWith(
      'sendSms',
      expect.objectContaining({ message: 'Thank you for your order.' }),
    );
  });

  it('says where suggested text from the background came from: the link the user right-clicked', async () => {
    const token = await leavePrefill({ to: '639171234567', message: 'Hi from the link' });
    await render(`?prefill=${token}`);
    expect(container.textContent).toContain('It came from the sms: link you right-clicked.');
  });

  it('does not warn that a message being sent repeats itself (issue 13)', async () => {
    await storeDraft({
      ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
      phone: '0917 123 4567',
      message: 'Hello',
    });
    send.mockImplementation(async (name) => {
      if (name !== 'sendSms') return { ok: false, title: 'x', detail: 'y' } as never;
      // The background has written it down and the POST is in flight: it never answers here.
      await messagesItem.area.setValue([
        makeRecord({ id: 'draft-0001', status: 'sending', createdAt: Date.now() }),
      ]);
      return new Promise(() => undefined) as never;
    });
    await render();
    await act(async () => button('Send').click());
    await settle();
    expect(button('Sending…').disabled).toBe(true);
    expect(container.textContent).not.toContain('You sent this same text');
  });

  it('sends the draft under its id, shows the result in place of Send and clears the draft', async () => {
    await storeDraft({
      ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
      phone: '0917 123 4567',
      message: 'Hello',
    });
    send.mockImplementation(async (name) => {
      if (name !== 'sendSms') return { ok: false, title: 'x', detail: 'y' } as never;
      return makeRecord({
        id: 'draft-0001',
        status: 'sent',
        messageId: 'm-1',
        parts: 1,
        estimate: '0.02',
        message: 'Hello',
      }) as never;
    });
    await render();
    await act(async () => button('Send').click());
    await settle();

    expect(send).toHaveBeenCalledWith('sendSms', {
      id: 'draft-0001',
      recipient: { to: '639171234567' },
      from: '',
      message: 'Hello',
    });
    expect(container.querySelector('.result h2')?.textContent).toBe('Sent');
    expect(container.textContent).toContain('Estimated cost$0.02');
    expect(document.activeElement).toBe(container.querySelector('.result h2'));
    expect(field('Message').value).toBe('');
    const draft = await storedDraft();
    expect(draft.id).not.toBe('draft-0001');
    expect(draft).toMatchObject({ phone: '', message: '', from: 'ACME' });
  });

  it('keeps the text after a refusal, under a new id, and says what happened', async () => {
    await storeDraft({
      ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
      phone: '0917 123 4567',
      message: 'Hello',
    });
    send.mockImplementation(async (name) => {
      if (name !== 'sendSms') return { ok: false, title: 'x', detail: 'y' } as never;
      return makeRecord({
        id: 'draft-0001',
        status: 'failed',
        failure: { kind: 'funds' },
      }) as never;
    });
    await render();
    await act(async () => button('Send').click());
    await settle();
    expect(container.querySelector('[role="alert"] h2')?.textContent).toBe(
      'Not enough funds in your engageSPARK organization',
    );
    expect(field('Message').value).toBe('Hello');
    expect(await storedDraft()).toMatchObject({ message: 'Hello' });
    expect((await storedDraft()).id).not.toBe('draft-0001');
  });

  it('Try again on a message that may not have gone keeps one draft, under the message’s id', async () => {
    await storeDraft({
      ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
      phone: '0917 123 4567',
      message: 'Hello',
    });
    const unsure = makeRecord({
      id: 'draft-0001',
      status: 'failed',
      outcomeUnknown: true,
      failure: { kind: 'timeout' },
    });
    send.mockImplementation(async (name) => {
      if (name === 'sendSms') return unsure as never;
      if (name === 'retryMessage') return { ...unsure, status: 'queued' } as never;
      return { ok: false, title: 'x', detail: 'y' } as never;
    });
    await render();
    await act(async () => button('Send').click());
    await settle();
    expect(container.querySelector('.result h2')?.textContent).toBe('May not have been sent');
    await act(async () => button('Try again').click());
    await settle();
    expect(send).toHaveBeenCalledWith('retryMessage', { id: 'draft-0001' });
    const drafts = await storedDrafts();
    expect(drafts.map((draft) => [draft.id, draft.message])).toEqual([['draft-0001', 'Hello']]);
    expect(container.textContent).not.toContain('is kept');
  });

  it('does not send an incomplete draft: it marks the field and focuses it', async () => {
    await render();
    await act(async () => button('Send').click());
    await settle();
    expect(send).not.toHaveBeenCalledWith('sendSms', expect.anything());
    expect(container.textContent).toContain('Enter the phone number to send to.');
    expect(document.activeElement).toBe(field('Phone number'));
  });

  it('shows what became of a draft sent while the popup was closed', async () => {
    await storeDraft({
      ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
      phone: '0917 123 4567',
      message: 'Hello',
    });
    await messagesItem.area.setValue([
      makeRecord({ id: 'draft-0001', status: 'sent', message: 'Hello' }),
    ]);
    await render();
    expect(container.querySelector('.result h2')?.textContent).toBe('Sent');
    expect(field('Message').value).toBe('');
  });
});
