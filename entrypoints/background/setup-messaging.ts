import { browser } from 'wxt/browser';
import type { BackgroundServices } from '@/utils/background/services';
import { refreshBalance } from '@/utils/balance/refresh-balance';
import { openComposerWindow } from '@/utils/composer/open-composer-window';
import { testConnection } from '@/utils/connection/test-connection';
import { lookUpContact } from '@/utils/contacts/look-up-contact';
import { createCandidateChecker } from '@/utils/detect/candidate-checker';
import { type Handlers, routeMessage, senderTrust } from '@/utils/messaging/message-router';
import { loadEffective, loadEffectiveForPages } from '@/utils/policy/load-effective';
import { policyView } from '@/utils/policy/managed-policy';
import { readManagedPolicy } from '@/utils/policy/read-managed-policy';
import { frameCovered } from '@/utils/sites/site-coverage';

/** Each message's handler, over the services this worker start made. */
function createHandlers({
  sendService,
  runDueWork,
  optOuts,
  replyService,
}: BackgroundServices): Handlers {
  const checkCandidates = createCandidateChecker();
  return {
    async sendSms(request) {
      const { settings } = await loadEffective();
      const record = await sendService.submit(request, settings);
      if (record.status === 'sent') void refreshBalance();
      // A reply may follow: the poller looks within a minute, whatever it was waiting for.
      if (record.status === 'sent') void replyService.wakeSoon();
      return record;
    },
    cancelMessage: ({ id }) => sendService.cancel(id),
    retryMessage: ({ id }) => sendService.retry(id),
    // Both carry `confirmed: true` (protocol.ts): the page asked the user first.
    sendHeldNow: ({ id }) => sendService.sendHeldNow(id),
    async removeOptOut({ number }) {
      return { removed: (await optOuts.removeInPerson(number)) !== undefined };
    },
    refreshBalance: () => refreshBalance(),
    // Asked by a composer whose send was cut off: the worker that answers has just started, and
    // resumes what its predecessor left half-sent (same clientDedup, so never twice).
    async resumeOutbox() {
      await runDueWork();
      return { resumed: true };
    },
    // The history asks when it opens, so receipts show without waiting for the next alarm.
    async checkDeliveries() {
      await runDueWork({ deliveriesDueWithinMs: 60_000 });
      return { checked: true };
    },
    testConnection: (request) => testConnection(request),
    async composeFromPage(prefill) {
      await openComposerWindow(prefill);
      return { opened: true };
    },
    // The content script is declared for every default CRM in the manifest (so no page load can
    // beat a registration); whether this frame's site is switched off is decided here, from the
    // address the browser reports, not from anything the page could say.
    async getPageConfig(_data, sender) {
      return { marking: (await frameMarking(sender)).marking };
    },
    // The page's candidate strings, checked with the metadata the content script does not carry,
    // for the user's country. The content script asks before it knows whether its frame gets
    // buttons (to save a round trip on the first screen): a switched-off frame is refused here.
    // Cached per site (the browser-reported origin), so one site cannot time another's numbers.
    async checkPhoneCandidates({ candidates }, sender) {
      const { marking, defaultCountry } = await frameMarking(sender);
      if (!marking) throw new Error('Click-to-SMS is switched off on this site.');
      return checkCandidates(candidates, defaultCountry, sender.origin ?? sender.url ?? '');
    },
    // Extension pages learn the policy without its key: only whether one is set.
    async getPolicy() {
      const { policy, warnings } = await readManagedPolicy();
      return { view: policyView(policy), warnings };
    },
    lookUpContact: ({ recipient }) => lookUpContact(recipient),
    async markConversationRead({ to }) {
      return { unread: await replyService.markRead(to) };
    },
    // Asked by a composer that opens, so replies show without waiting for the next alarm.
    async checkReplies() {
      const round = await replyService.poll();
      return { failed: round.failure !== undefined || round.skipped === 'backing-off' };
    },
  };
}

/** Whether the sender's frame gets buttons (the user's and the policy's sites), and the country. */
async function frameMarking(
  sender: Parameters<typeof frameCovered>[0],
): Promise<{ marking: boolean; defaultCountry: string }> {
  const { settings, sites } = await loadEffectiveForPages();
  return { marking: frameCovered(sender, sites), defaultCountry: settings.defaultCountry };
}

/** Every message is checked for its sender and its shape before a handler sees it. */
export function setupMessaging(services: BackgroundServices): void {
  const handlers = createHandlers(services);
  const ownBaseUrl = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(message, senderTrust(sender, browser.runtime.id, ownBaseUrl), handlers, sender),
  );
}
