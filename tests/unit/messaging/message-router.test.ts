import { describe, expect, it, vi } from 'vitest';
import { MAX_CANDIDATE_LENGTH, MAX_CANDIDATES_PER_BATCH } from '@/utils/detect/candidate-limits';
import { type Handlers, routeMessage, senderTrust } from '@/utils/messaging/message-router';
import { PROTOCOL } from '@/utils/messaging/protocol';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_BASE = `chrome-extension://${OWN_ID}/`;

describe('senderTrust', () => {
  it('trusts our own pages as extension pages', () => {
    expect(senderTrust({ id: OWN_ID, url: `${OWN_BASE}popup.html?to=1` }, OWN_ID, OWN_BASE)).toBe(
      'extension-page',
    );
  });

  it('treats our code inside a web page as a content script, even on a look-alike url', () => {
    expect(
      senderTrust(
        { id: OWN_ID, url: 'https://acme.lightning.force.com/x', tab: {} },
        OWN_ID,
        OWN_BASE,
      ),
    ).toBe('content-script');
    expect(
      senderTrust(
        { id: OWN_ID, url: `https://evil.example/${OWN_BASE}popup.html` },
        OWN_ID,
        OWN_BASE,
      ),
    ).toBe('content-script');
    expect(
      senderTrust(
        { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/popup.html` },
        OWN_ID,
        OWN_BASE,
      ),
    ).toBe('content-script');
  });

  it('trusts nobody else', () => {
    expect(
      senderTrust({ id: 'another-extension', url: `${OWN_BASE}popup.html` }, OWN_ID, OWN_BASE),
    ).toBeUndefined();
    expect(senderTrust({ id: OWN_ID }, OWN_ID, OWN_BASE)).toBeUndefined();
    expect(senderTrust({ id: OWN_ID, url: 'not a url' }, OWN_ID, OWN_BASE)).toBeUndefined();
  });
});

function fakeHandlers(): Handlers {
  const fail = () => Promise.reject(new Error('not expected'));
  return {
    sendSms: vi.fn(async (data) => ({ id: data.id }) as never),
    cancelMessage: fail,
    retryMessage: fail,
    sendHeldNow: vi.fn(async () => undefined),
    removeOptOut: vi.fn(async () => ({ removed: true })),
    refreshBalance: fail,
    checkDeliveries: fail,
    resumeOutbox: fail,
    testConnection: fail,
    composeFromPage: vi.fn(async () => ({ opened: true })),
    getPageConfig: vi.fn(async () => ({ marking: true })),
    checkPhoneCandidates: vi.fn(async ({ candidates }) => candidates.map(() => null)),
    getPolicy: fail,
    lookUpContact: fail,
    markConversationRead: fail,
    checkReplies: fail,
  };
}

const sendSms = {
  name: 'sendSms',
  data: { id: 'draft-12345', recipient: { to: '639171234567' }, from: '', message: 'Hi' },
};

describe('routeMessage', () => {
  it('lets an extension page send an SMS', async () => {
    const handlers = fakeHandlers();
    expect(await routeMessage(sendSms, 'extension-page', handlers)).toEqual({
      ok: true,
      result: { id: 'draft-12345' },
    });
  });

  it('never lets a content script (a page) send an SMS, whatever it sends', async () => {
    const handlers = fakeHandlers();
    const reply = await routeMessage(sendSms, 'content-script', handlers);
    expect(reply).toEqual({
      ok: false,
      error: 'This request is only accepted from the extension itself.',
    });
    expect(handlers.sendSms).not.toHaveBeenCalled();
  });

  it.each([
    { name: 'lookUpContact', data: { recipient: { to: '639171234567' } } },
    { name: 'markConversationRead', data: { to: '639171234567' } },
    { name: 'checkReplies', data: {} },
  ])('never tells a content script names or replies ($name)', async (message) => {
    const handlers = fakeHandlers();
    const asked = vi.fn(async () => ({ kind: 'new-contact' }) as never);
    handlers.lookUpContact = asked;
    handlers.markConversationRead = asked;
    handlers.checkReplies = asked;
    const reply = await routeMessage(message, 'content-script', handlers);
    expect(reply).toEqual({
      ok: false,
      error: 'This request is only accepted from the extension itself.',
    });
    expect(asked).not.toHaveBeenCalled();
  });

  it('refuses a contact lookup with anything but a recipient', async () => {
    const handlers = fakeHandlers();
    const reply = await routeMessage(
      { name: 'lookUpContact', data: { recipient: { to: '+639171234567' } } },
      'extension-page',
      handlers,
    );
    expect(reply.ok).toBe(false);
  });

  it('lets a content script only open the composer, with validated data', async () => {
    const handlers = fakeHandlers();
    expect(
      await routeMessage(
        { name: 'composeFromPage', data: { to: '639171234567' } },
        'content-script',
        handlers,
      ),
    ).toMatchObject({ ok: true });
    const forged = await routeMessage(
      { name: 'composeFromPage', data: { to: '<img src=x onerror=alert(1)>' } },
      'content-script',
      handlers,
    );
    expect(forged.ok).toBe(false);
    const extra = await routeMessage(
      { name: 'composeFromPage', data: { to: '639171234567', send: true } },
      'content-script',
      handlers,
    );
    expect(extra.ok).toBe(false);
    expect(handlers.composeFromPage).toHaveBeenCalledTimes(1);
  });

  it('lets a content script pass the number only: no text, no selection, no empty request (issue 14)', async () => {
    const handlers = fakeHandlers();
    for (const data of [
      { to: '639171234567', message: 'Hi Maria, your loan of PHP 50,000 is approved' },
      { to: '639171234567', text: 'call me' },
      { text: '0917 123 4567' },
      {},
    ]) {
      const reply = await routeMessage(
        { name: 'composeFromPage', data },
        'content-script',
        handlers,
      );
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid request/) });
    }
    expect(handlers.composeFromPage).not.toHaveBeenCalled();
  });

  it('overrides the consent guard only for an extension page, and only with confirmed: true', async () => {
    const handlers = fakeHandlers();
    const held = { name: 'sendHeldNow', data: { id: 'draft-12345', confirmed: true } };
    const removal = { name: 'removeOptOut', data: { number: '639171234567', confirmed: true } };
    expect((await routeMessage(held, 'content-script', handlers)).ok).toBe(false);
    expect((await routeMessage(removal, 'content-script', handlers)).ok).toBe(false);
    for (const data of [{ id: 'draft-12345' }, { id: 'draft-12345', confirmed: 'yes' }]) {
      expect(
        (await routeMessage({ name: 'sendHeldNow', data }, 'extension-page', handlers)).ok,
      ).toBe(false);
    }
    expect(
      (
        await routeMessage(
          { name: 'removeOptOut', data: { number: '+63 917', confirmed: true } },
          'extension-page',
          handlers,
        )
      ).ok,
    ).toBe(false);
    expect(handlers.sendHeldNow).not.toHaveBeenCalled();
    expect(handlers.removeOptOut).not.toHaveBeenCalled();
    expect(await routeMessage(held, 'extension-page', handlers)).toEqual({
      ok: true,
      result: undefined,
    });
    expect(await routeMessage(removal, 'extension-page', handlers)).toEqual({
      ok: true,
      result: { removed: true },
    });
  });

  it('lets a content script send exactly three requests: config, composer, candidate check', () => {
    const fromContentScripts = Object.entries(PROTOCOL)
      .filter(([, spec]) => spec.from === 'content-script')
      .map(([name]) => name)
      .sort();
    expect(fromContentScripts).toEqual([
      'checkPhoneCandidates',
      'composeFromPage',
      'getPageConfig',
    ]);
  });

  it('checks candidates for a content script only within tight limits (issue 19)', async () => {
    const handlers = fakeHandlers();
    const check = (data: unknown) =>
      routeMessage({ name: 'checkPhoneCandidates', data }, 'content-script', handlers);
    expect(await check({ candidates: ['0917 123 4567'] })).toEqual({
      ok: true,
      result: [null],
    });
    const refused = [
      { candidates: [] },
      { candidates: Array.from({ length: MAX_CANDIDATES_PER_BATCH + 1 }, () => '0917 123 4567') },
      { candidates: ['9'.repeat(MAX_CANDIDATE_LENGTH + 1)] },
      { candidates: [''] },
      { candidates: [42] },
      // The country is the user's, read by the background: a page cannot choose it.
      { candidates: ['0917 123 4567'], country: 'PH' },
      { candidates: ['0917 123 4567'], apiKey: true },
      { candidates: 'x'.repeat(100_000) },
    ];
    for (const data of refused) {
      expect(await check(data)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Invalid request/),
      });
    }
    expect(handlers.checkPhoneCandidates).toHaveBeenCalledTimes(1);
  });

  it('refuses unknown names, prototype keys, bad shapes and unknown senders', async () => {
    const handlers = fakeHandlers();
    for (const message of [
      null,
      'ping',
      { name: 'toString', data: {} },
      { name: '__proto__' },
      { data: {} },
    ]) {
      expect((await routeMessage(message, 'extension-page', handlers)).ok).toBe(false);
    }
    expect((await routeMessage(sendSms, undefined, handlers)).ok).toBe(false);
    const both = {
      ...sendSms,
      data: { ...sendSms.data, recipient: { to: '639171234567', contactId: 5 } },
    };
    expect((await routeMessage(both, 'extension-page', handlers)).ok).toBe(false);
    expect(handlers.sendSms).not.toHaveBeenCalled();
  });

  it('turns a handler failure into plain words instead of throwing', async () => {
    const handlers = {
      ...fakeHandlers(),
      sendSms: async () =>
        Promise.reject(new Error('Only a message that failed can be tried again.')),
    };
    expect(await routeMessage(sendSms, 'extension-page', handlers)).toEqual({
      ok: false,
      error: 'Only a message that failed can be tried again.',
    });
  });
});

describe('routeMessage and the sender', () => {
  it('hands the handler the sender the browser reported, for the frame to be judged by', async () => {
    const handlers = fakeHandlers();
    const sender = {
      id: 'ext',
      url: 'https://acme.zendesk.com/agent',
      origin: 'https://acme.zendesk.com',
    };
    await routeMessage({ name: 'getPageConfig', data: {} }, 'content-script', handlers, sender);
    expect(handlers.getPageConfig).toHaveBeenCalledWith({}, sender);
  });
});
