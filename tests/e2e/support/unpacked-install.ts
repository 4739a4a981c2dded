import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_PATH } from '../fixtures';

/**
 * Chromium with no extension at start, into which a test installs the built extension later,
 * as a user does from the store while tabs are open. Chromium accepts CDP `Extensions.loadUnpacked`
 * only with --enable-unsafe-extension-debugging, and Playwright passes --disable-extensions unless
 * told not to.
 */
export type BareBrowser = {
  context: BrowserContext;
  /** Installs (or, for the same folder again, updates) the extension; resolves to its id. */
  loadUnpacked(folder: string): Promise<string>;
  /** Removes it, as from chrome://extensions: its content scripts are left orphaned in the tabs. */
  uninstall(id: string): Promise<void>;
  close(): Promise<void>;
};

export async function launchBareBrowser(hostArgs: string[]): Promise<BareBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'click-to-sms-bare-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-extension-debugging',
      ...hostArgs,
    ],
    ignoreHTTPSErrors: true,
  });
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context.');
  const session: CDPSession = await browser.newBrowserCDPSession();
  return {
    context,
    async loadUnpacked(folder) {
      const { id } = (await session.send(
        'Extensions.loadUnpacked' as never,
        {
          path: folder,
        } as never,
      )) as { id: string };
      return id;
    },
    async uninstall(id) {
      await session.send('Extensions.uninstall' as never, { id } as never);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the production build in a folder of its own, so that writing a new version into it
 * and loading it again is an update (onInstalled reason "update"), as the store delivers one.
 */
export type BuildCopy = { folder: string; setVersion(version: string): void; remove(): void };

export function copyBuild(): BuildCopy {
  const folder = mkdtempSync(path.join(tmpdir(), 'click-to-sms-build-'));
  cpSync(EXTENSION_PATH, folder, { recursive: true });
  const manifestPath = path.join(folder, 'manifest.json');
  return {
    folder,
    setVersion(version) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version }));
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The extension's worker for this id, once the browser has started it. */
export async function workerOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  const isOurs = (worker: Worker): boolean =>
    worker.url().startsWith(`chrome-extension://${extensionId}/`);
  return (
    context.serviceWorkers().find(isOurs) ??
    context.waitForEvent('serviceworker', { predicate: isOurs })
  );
}
