import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { chromiumArgs, EXTENSION_PATH } from '../../tests/e2e/fixtures';
import { configureExtension } from '../../tests/e2e/support/configure-extension';
import { addContact } from '../../tests/e2e/support/sandbox-control';
import { API_HOST, hostMappingArgs, TEST_TLS } from '../../tests/e2e/support/tls';
import { DEMO_HOST, type DemoServer, startDemoServer } from './demo-server';

/** Time between delivery stages in the sandbox: "Delivered" shows about 1.5 s after sending. */
export const DELIVERY_STEP_MS = 750;
export const SANDBOX_KEY = 'sandbox-key';
export const SANDBOX_ORG = 1234;

export type DemoEnvironment = {
  context: BrowserContext;
  sandbox: Sandbox;
  demo: DemoServer;
  extensionId: string;
  /** The running worker: after an idle stop the browser starts a new one. */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
};

export type EnvironmentOptions = {
  chromiumPath: string;
  headless: boolean;
  /** One line per request the extension made to the sandbox (method, path, status; no headers). */
  onApiRequest?: (line: string) => void;
};

/**
 * The sandbox and the demo CRM over HTTPS on 127.0.0.1, and Chromium with the production build,
 * told (by --host-resolver-rules) that api.engagespark.com and acme.lightning.force.com live there.
 * The extension is set up as its settings page would leave it: key sandbox-key, organization 1234.
 */
export async function startDemoEnvironment(options: EnvironmentOptions): Promise<DemoEnvironment> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json')))
    throw new Error(`No build in ${EXTENSION_PATH}: run "npm run build" first (npm start does).`);
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    // Last started, first stopped; each once, however often close() is called.
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve(cleanup()).catch(() => {});
  };
  try {
    const sandbox = await startSandbox({
      port: 0,
      tls: TEST_TLS,
      deliveryStepMs: DELIVERY_STEP_MS,
      log: options.onApiRequest,
    });
    cleanups.push(() => sandbox.close());
    // The CRM's contact is engageSPARK's too: the composer names her, and so does her reply.
    await addContact(sandbox, '639171234567', 'Maria', 'Santos');
    const demo = await startDemoServer(TEST_TLS);
    cleanups.push(() => demo.close());
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'click-to-sms-start-'));
    cleanups.push(() => rmSync(userDataDir, { recursive: true, force: true }));
    const context = await launch(userDataDir, options, { sandbox, demo });
    cleanups.push(() => context.close());
    closeWelcomePage(context);
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    await configureExtension(worker, { apiKey: SANDBOX_KEY, orgId: SANDBOX_ORG });
    return {
      context,
      sandbox,
      demo,
      extensionId,
      serviceWorker: () => extensionWorker(context, extensionId),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function launch(
  userDataDir: string,
  options: EnvironmentOptions,
  servers: { sandbox: Sandbox; demo: DemoServer },
): Promise<BrowserContext> {
  const mappings = hostMappingArgs({
    [API_HOST]: servers.sandbox.port,
    [DEMO_HOST]: servers.demo.port,
  });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromiumPath,
    headless: options.headless,
    args: chromiumArgs(mappings),
    ignoreHTTPSErrors: true,
    // npm start stops on Ctrl-C itself, closing the browser, the servers and the temporary profile.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // A window keeps the size the user gives it; the tour's pages get a laptop-sized viewport.
    viewport: options.headless ? { width: 1280, height: 600 } : null,
  });
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * The first install opens the settings page with a welcome; the demo is set up already, so that
 * page would only ask for what is there.
 */
function closeWelcomePage(context: BrowserContext): void {
  const isWelcome = (page: Page): boolean => page.url().includes('/options.html?welcome=1');
  const closeIfWelcome = (page: Page): void => {
    if (isWelcome(page)) void page.close().catch(() => undefined);
    else
      void page
        .waitForURL(/\/options\.html\?welcome=1/, { timeout: 5_000 })
        .then(() => page.close())
        .catch(() => undefined);
  };
  context.pages().forEach(closeIfWelcome);
  context.on('page', closeIfWelcome);
}

async function extensionWorker(context: BrowserContext, extensionId?: string): Promise<Worker> {
  const ours = (worker: Worker): boolean =>
    worker.url().startsWith('chrome-extension://') &&
    (!extensionId || worker.url().includes(extensionId));
  const running = context.serviceWorkers().find(ours);
  return running ?? context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 });
}
