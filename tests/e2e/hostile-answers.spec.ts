import type { Page } from '@playwright/test';
import { describeSendOutcome } from '@/utils/failure/describe-outcome';
import type { SendFailure } from '@/utils/failure/failure';
import type { FaultConfig } from '../../sandbox/faults';
import { expect, test } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import type { TestSettings } from './support/configure-extension';
import { type ExtensionBrowser, launchExtensionBrowser } from './support/extension-browser';
import { readStoredMessages } from './support/extension-db';
import { sendRequests, sentMessages, setFault } from './support/sandbox-records';

/**
 * Part 2 of "Hostile world", end to end: the real extension against the sandbox's fault switches.
 * Every answer ends in a record the user can read (sent, waiting for a retry with a plain problem,
 * or failed), and engageSPARK sends the message at most once, whatever it answered. The answer
 * corpus in tests/unit/api/answers covers the many other shapes without a browser.
 */

type StoredRecord = {
  id: string;
  status: string;
  attempts: number;
  outcomeUnknown?: boolean;
  /** A code and its data; the words come from describe-outcome.ts, as on every surface. */
  failure?: SendFailure;
};

type RecordStatus = 'sent' | 'queued' | 'failed';

type AnswerCase = {
  name: string;
  fault?: FaultConfig;
  settings?: TestSettings;
  /** Arranges the sandbox some other way (an empty balance). */
  arrange?: (browser: ExtensionBrowser) => void;
  /** What the send answered; two when the browser's own network stack may decide (see below). */
  status: RecordStatus | RecordStatus[];
  problem?: RegExp;
  /** Messages engageSPARK had sent when the first answer arrived. */
  sent: number;
  /** The retry the outbox scheduled (an alarm 5 s later) sends it, exactly once in all. */
  retried?: boolean;
};

const TO = '639171234567';
const SHOWN = '+63 917 123 4567';
const SEND = { recipient: { to: TO }, from: '', message: 'Hostile answers' };
const API_KEY = 'sandbox-key';

const CASES: AnswerCase[] = [
  {
    name: 'a 500 that processed nothing: queued with a plain problem, then sent once by the retry',
    fault: { mode: 'status500', times: 1 },
    status: 'queued',
    problem: /engageSPARK had a problem \(error 500\)/,
    sent: 0,
    retried: true,
  },
  {
    // Chromium itself resends a POST whose reused keep-alive connection was reset before any
    // answer came: then the sandbox answers that resend as a duplicate (409) and the record is
    // sent at once. On a fresh connection the outbox retries 5 s later. Either way, one SMS.
    name: 'an answer lost after engageSPARK sent it (connection reset): every resend is a duplicate, not a second SMS',
    fault: { mode: 'dropAfterAccept', times: 1 },
    status: ['queued', 'sent'],
    problem: /No connection to engageSPARK/,
    sent: 1,
    retried: true,
  },
  {
    name: 'a proxy’s HTML error page with status 502',
    fault: { mode: 'html', times: 1 },
    status: 'queued',
    problem: /engageSPARK had a problem \(error 502\)/,
    sent: 0,
  },
  {
    name: 'an HTML page with status 200 (a captive portal)',
    fault: { mode: 'html200', times: 1 },
    status: 'queued',
    problem: /engageSPARK sent an answer this extension cannot read/,
    sent: 0,
  },
  {
    name: 'an answer that never comes: the client gives up after its timeout',
    fault: { mode: 'hang', times: 1 },
    status: 'queued',
    problem: /engageSPARK did not answer in time/,
    sent: 0,
  },
  {
    name: 'a slow answer (3 s) is a plain success',
    fault: { mode: 'slow', times: 1, delayMs: 3_000 },
    status: 'sent',
    sent: 1,
  },
  {
    name: 'an empty balance (402) fails for good, in words, without a retry',
    arrange: ({ sandbox }) => sandbox.state.setBalance(1234, 0),
    status: 'failed',
    problem: /Not enough funds/,
    sent: 0,
  },
  {
    name: 'a refused key (401) fails for good, and the problem never shows the key',
    settings: { apiKey: 'not-the-sandbox-key' },
    status: 'failed',
    problem: /The API key was refused/,
    sent: 0,
  },
];

let browser: ExtensionBrowser;

test.beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

test.afterAll(async () => {
  await browser?.close();
});

async function sendFrom(page: Page, id: string): Promise<unknown> {
  return page.evaluate((data) => chrome.runtime.sendMessage({ name: 'sendSms', data }), {
    id,
    ...SEND,
  });
}

async function storedRecord(page: Page, id: string): Promise<StoredRecord | undefined> {
  const messages = (await page.evaluate(readStoredMessages)) as StoredRecord[];
  return messages.find((record) => record.id === id);
}

function dedups(browser: ExtensionBrowser): string[] {
  return sendRequests(browser.sandbox).map(
    (request) => (request.body as { clientDedup?: string } | null)?.clientDedup ?? '(none)',
  );
}

function expectReadable(failure: SendFailure, key: string): void {
  expect(JSON.stringify(failure)).not.toContain(key);
  const { title, line } = describeSendOutcome(failure);
  expect(title).toMatch(/\w/);
  expect(line).toMatch(/\w/);
  for (const words of [title, line]) {
    expect(words).not.toMatch(/[<>]|Bad Gateway|sign in|simulated|undefined|null|NaN|\[object/);
    expect(words).not.toContain(key);
  }
}

for (const [index, answer] of CASES.entries()) {
  test(answer.name, async () => {
    test.setTimeout(answer.fault?.mode === 'hang' ? 90_000 : 60_000);
    await browser.reset(answer.settings);
    if (answer.fault) setFault(browser.sandbox, answer.fault);
    answer.arrange?.(browser);
    const id = `hostile-answer-${String(index).padStart(4, '0')}`;
    const page = await browser.extensionPage();

    const reply = (await sendFrom(page, id)) as { ok: boolean; result?: StoredRecord };
    const statuses = [answer.status].flat();
    expect(reply).toMatchObject({ ok: true, result: { id } });
    expect(statuses).toContain(reply.result?.status);
    const record = await storedRecord(page, id);
    expect(record?.status).toBe(reply.result?.status);
    if (answer.problem && record?.status !== 'sent') {
      if (!record?.failure) throw new Error('no failure stored');
      expect(describeSendOutcome(record.failure).title).toMatch(answer.problem);
      expectReadable(record.failure, answer.settings?.apiKey ?? API_KEY);
    } else {
      expect(record?.failure).toBeUndefined();
    }
    expect(sentMessages(browser.sandbox)).toHaveLength(answer.sent);
    expect(new Set(dedups(browser))).toEqual(new Set([id]));

    if (answer.retried) {
      await expect
        .poll(async () => (await storedRecord(page, id))?.status, { timeout: 30_000 })
        .toBe('sent');
      expect(sentMessages(browser.sandbox)).toHaveLength(1);
      expect(dedups(browser)).toEqual([id, id]);
      expect((await storedRecord(page, id))?.failure).toBeUndefined();
    }
  });
}

test('an application/jsonl answer is read as a success', async () => {
  await browser.reset();
  setFault(browser.sandbox, { mode: 'jsonl', times: 1 });
  const page = await browser.extensionPage();
  expect(await sendFrom(page, 'hostile-answer-jsonl')).toMatchObject({
    ok: true,
    result: { status: 'sent', messageId: expect.stringMatching(/\S/) },
  });
  expect(sentMessages(browser.sandbox)).toHaveLength(1);
});

test('the history shows a failed message’s problem in words', async () => {
  await browser.reset();
  browser.sandbox.state.setBalance(1234, 0);
  const page = await browser.extensionPage();
  await sendFrom(page, 'hostile-answer-history');
  const composer = await ComposerPage.open(browser.context, browser.extensionId);
  await composer.historyTab.click();
  await expect(composer.historyEntry(SHOWN)).toContainText(
    'Failed: Not enough funds in your engageSPARK organization',
  );
});
