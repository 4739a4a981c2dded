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
 * The CRM content script is declared in the manifest for the default CRMs, so pages need no wait
 * for a registration; this checks that it is (and stays the one place tests ask).
 */
export async function waitForContentScript(page: Page): Promise<void> {
  const declared = await page.evaluate(
    () => chrome.runtime.getManifest().content_scripts?.length ?? 0,
  );
  if (declared === 0) throw new Error('The CRM content script is not declared in the manifest.');
}
