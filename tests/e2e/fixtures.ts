import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { API_HOST, hostMappingArgs, TEST_TLS } from './support/tls';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');

/** Flags for Debian's Chromium on a machine with no network and, in CI, no sandbox support. */
export function chromiumArgs(extraArgs: string[] = []): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${EXTENSION_PATH}`,
    `--load-extension=${EXTENSION_PATH}`,
    ...extraArgs,
  ];
}

/** Launches Chromium with the built extension in a fresh profile. */
export async function launchWithExtension(
  userDataDir: string,
  extraArgs: string[] = [],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extraArgs),
    ignoreHTTPSErrors: true,
  });
}

/** The extension's service worker, waiting for it when the browser has just started. */
export async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? context.waitForEvent('serviceworker');
}

type Fixtures = {
  userDataDir: string;
  browserArgs: string[];
  /** Extra host names to send to local ports (CRM fixture servers); the API host is always mapped. */
  hostMappings: Record<string, number>;
  /** The engageSPARK sandbox, reachable by the extension as https://api.engagespark.com. */
  sandbox: Sandbox;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'click-to-sms-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  browserArgs: [[], { option: true }],
  hostMappings: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, tls: TEST_TLS, deliveryStepMs: 1_000 });
    await use(sandbox);
    await sandbox.close();
  },
  context: async ({ userDataDir, browserArgs, hostMappings, sandbox }, use) => {
    const mappings = hostMappingArgs({ [API_HOST]: sandbox.port, ...hostMappings });
    const context = await launchWithExtension(userDataDir, [...mappings, ...browserArgs]);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionServiceWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const { expect } = test;
