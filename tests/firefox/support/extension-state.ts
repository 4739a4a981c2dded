import type { Page } from 'puppeteer-core';
import {
  sandboxSettings,
  storeSettingsInExtension,
  type TestSettings,
} from '../../e2e/support/configure-extension';
import { readStoredMessages } from '../../e2e/support/extension-db';

export type StoredRecord = {
  id: string;
  status: string;
  delivery?: string;
  problem?: { kind: string; title: string; detail: string };
};

/**
 * Stores settings the way the options page does (the settings and the key in the extension
 * origin's IndexedDB), from one of the extension's own pages, for tests that are not
 * about the options page.
 */
export async function configureExtension(page: Page, settings: TestSettings = {}): Promise<void> {
  await page.evaluate(storeSettingsInExtension, sandboxSettings(settings));
}

/** The outbox and history, as the background stored them. */
export async function storedMessages(page: Page): Promise<StoredRecord[]> {
  return (await page.evaluate(readStoredMessages)) as StoredRecord[];
}

/** What a user does in about:addons → Permissions: turns off the extension's access to a site. */
export async function withdrawHostAccess(page: Page, originPattern: string): Promise<void> {
  const removed = await page.evaluate(
    (pattern) => chrome.permissions.remove({ origins: [pattern] }),
    originPattern,
  );
  if (!removed) throw new Error(`Firefox kept the access to ${originPattern}.`);
}

export async function hasHostAccess(page: Page, originPattern: string): Promise<boolean> {
  return page.evaluate(
    (pattern) => chrome.permissions.contains({ origins: [pattern] }),
    originPattern,
  );
}

type NotificationLog = { notificationLog?: string[] };

/**
 * Headless Firefox closes a notification as soon as it is shown, so `notifications.getAll()` is
 * empty by the time a test looks: an extension page records every notification id that closes.
 */
export async function recordNotifications(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (globalThis as NotificationLog).notificationLog = log;
    chrome.notifications.onClosed.addListener((id) => log.push(id));
  });
  return () =>
    page.evaluate(async () => [
      ...((globalThis as NotificationLog).notificationLog ?? []),
      ...Object.keys(await chrome.notifications.getAll()),
    ]);
}

/**
 * The background registers the CRM content script at startup (setupSites); a page loaded before
 * that gets no buttons, so tests wait for it first.
 */
export async function waitForContentScript(page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const registered = await page.evaluate(async () => {
      const scripts = await chrome.scripting.getRegisteredContentScripts({ ids: ['crm-defaults'] });
      return scripts.length > 0;
    });
    if (registered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    'The crm-defaults content script was never registered (is setupSites() called in the background?).',
  );
}
