import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { type Sandbox, startSandbox } from '../../../sandbox/server';
import { launchWithExtension } from '../fixtures';
import { configureExtension, type TestSettings } from './configure-extension';
import { writeDbEntries } from './extension-db';
import { currentServiceWorker, killServiceWorker } from './service-worker';
import { API_HOST, hostMappingArgs, TEST_TLS } from './tls';

/**
 * One browser with the extension for a whole spec file (the machine has two cores): launched in
 * `beforeAll`, brought back to a clean state by `reset()` before each test, closed in `afterAll`.
 */
export type ExtensionBrowser = {
  context: BrowserContext;
  sandbox: Sandbox;
  extensionId: string;
  userDataDir: string;
  /** The worker running now; after a kill, the one the browser started for the next event. */
  worker(): Promise<Worker>;
  /** An extension page (popup.html, or another page of the extension). */
  extensionPage(pathname?: string): Promise<Page>;
  /**
   * Closes every page, empties the outbox, stops the worker and whatever it was doing, empties
   * the sandbox, and stores these settings.
   */
  reset(settings?: TestSettings): Promise<void>;
  close(): Promise<void>;
};

/** The arguments the `context` fixture uses: the API host (and any other) mapped to local ports. */
export function mappedHostArgs(sandbox: Sandbox, hosts: Record<string, number> = {}): string[] {
  return hostMappingArgs({ [API_HOST]: sandbox.port, ...hosts });
}

/** The current worker, skipping a killed one the context has not dropped from its list yet. */
async function liveServiceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const worker = await currentServiceWorker(context, extensionId);
    const alive = await worker.evaluate(() => true).catch(() => false);
    if (alive) return worker;
    if (Date.now() > deadline) throw new Error('The extension has no live service worker.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Launches until the extension's worker runs: other engineers rebuild .output on this machine,
 * and a browser started while the build was being written finds no extension.
 */
async function launchUntilWorker(
  userDataDir: string,
  args: string[],
): Promise<{ context: BrowserContext; started: Worker }> {
  for (let attempt = 1; ; attempt++) {
    const context = await launchWithExtension(userDataDir, args);
    try {
      const started =
        context.serviceWorkers()[0] ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      return { context, started };
    } catch (error) {
      await context.close();
      if (attempt === 3) throw error;
    }
  }
}

/**
 * `hosts` maps more host names to local servers (a CRM page server); `sandboxAliases` are more
 * names for the sandbox itself (where a tampered API URL would point).
 */
export async function launchExtensionBrowser(
  hosts: Record<string, number> = {},
  sandboxAliases: string[] = [],
): Promise<ExtensionBrowser> {
  const sandbox = await startSandbox({ port: 0, tls: TEST_TLS, deliveryStepMs: 1_000 });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'click-to-sms-e2e-'));
  const aliases = Object.fromEntries(sandboxAliases.map((host) => [host, sandbox.port]));
  const { context, started } = await launchUntilWorker(
    userDataDir,
    mappedHostArgs(sandbox, { ...aliases, ...hosts }),
  );
  const extensionId = new URL(started.url()).host;
  const worker = () => liveServiceWorker(context, extensionId);

  async function extensionPage(pathname = '/popup.html'): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}${pathname}`);
    return page;
  }

  return {
    context,
    sandbox,
    extensionId,
    userDataDir,
    worker,
    extensionPage,
    async reset(settings) {
      // From an extension page, which wakes the worker if the browser had stopped it.
      const page = await extensionPage();
      for (const other of context.pages()) if (other !== page) await other.close();
      await page.evaluate(async () => {
        await chrome.alarms.clearAll();
        const shown = await chrome.notifications.getAll();
        await Promise.all(Object.keys(shown).map((id) => chrome.notifications.clear(id)));
      });
      await page.evaluate(writeDbEntries, {
        messages: [],
        draft: undefined,
        drafts: undefined,
        balance: null,
      });
      // A send the last test left on its way (a held answer, a resumed message) stops here, so
      // it cannot reach the sandbox during the next test.
      await killServiceWorker(context, extensionId).catch(() => undefined);
      sandbox.release();
      sandbox.state.reset();
      await page.evaluate(() => chrome.runtime.sendMessage({ name: 'checkDeliveries', data: {} }));
      await configureExtension(await worker(), settings);
      await page.close();
    },
    async close() {
      await context.close();
      await sandbox.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
