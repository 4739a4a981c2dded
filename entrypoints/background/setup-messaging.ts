import { browser } from 'wxt/browser';
import { failedBalance, toBalanceResult } from '@/utils/background/balance-result';
import { connect } from '@/utils/background/connect';
import { testConnection } from '@/utils/background/test-connection';
import { balanceItem } from '@/utils/balance/balance-store';
import { openComposerWindow } from '@/utils/composer/open-composer-window';
import { type Handlers, routeMessage, senderTrust } from '@/utils/messaging/message-router';
import type { BalanceResult } from '@/utils/messaging/protocol';
import { loadSettings } from '@/utils/settings/settings-store';
import { frameCovered } from '@/utils/sites/site-coverage';
import { loadSites } from '@/utils/sites/sites-store';
import { sendService } from './services';
import { runDueWork } from './setup-alarms';

export async function refreshBalance(): Promise<BalanceResult> {
  const connection = await connect();
  if ('failure' in connection) return failedBalance(connection.failure);
  const result = toBalanceResult(await connection.api.getBalance());
  if (result.ok)
    await balanceItem.setValue({
      balanceMicro: result.balanceMicro,
      display: result.display,
      at: Date.now(),
    });
  return result;
}

const handlers: Handlers = {
  async sendSms(request) {
    const { settings } = await loadSettings();
    const record = await sendService.submit(request, settings);
    if (record.status === 'sent') void refreshBalance();
    return record;
  },
  cancelMessage: ({ id }) => sendService.cancel(id),
  retryMessage: ({ id }) => sendService.retry(id),
  refreshBalance: () => refreshBalance(),
  // The history asks when it opens, so receipts show without waiting for the next alarm.
  // Asked by a composer whose send was cut off: the worker that answers has just started, and
  // resumes what its predecessor left half-sent (same clientDedup, so never twice).
  async resumeOutbox() {
    await runDueWork();
    return { resumed: true };
  },
  async checkDeliveries() {
    await runDueWork({ deliveriesDueWithinMs: 60_000 });
    return { checked: true };
  },
  testConnection: (request) => testConnection(request),
  async openComposer(prefill) {
    await openComposerWindow(prefill);
    return { opened: true };
  },
  // The content script is declared for every default CRM in the manifest (so no page load can
  // beat a registration); whether this frame's site is switched off is decided here, from the
  // address the browser reports, not from anything the page could say.
  async getPageConfig(_data, sender) {
    const [{ settings }, sites] = await Promise.all([loadSettings(), loadSites()]);
    return { defaultCountry: settings.defaultCountry, marking: frameCovered(sender, sites) };
  },
};

/** Every message is checked for its sender and its shape before a handler sees it. */
export function setupMessaging(): void {
  const ownBaseUrl = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(message, senderTrust(sender, browser.runtime.id, ownBaseUrl), handlers, sender),
  );
}
