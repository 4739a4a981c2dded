import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startTunnelProxy, type TunnelProxy } from './tunnel-proxy';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The production build (`npm run build`), tested as shipped; FIREFOX_EXTENSION_DIR picks another. */
export const EXTENSION_DIR = path.resolve(
  process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3',
);
export const GECKO_ID = 'click-to-sms@engagespark.com';
/** Firefox gives each install a random moz-extension UUID; the tests fix it to know the URLs. */
const EXTENSION_UUID = '5e1ec7ed-c0de-4c25-9a5b-00000000c125';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}`;

export type FirefoxSession = {
  browser: Browser;
  /** The settings tab the extension opens by itself after install (its welcome). */
  welcome: Page;
  /** Opens one of the extension's pages in a new tab, e.g. `/popup.html`. */
  openExtensionPage(pathname: string): Promise<Page>;
  close(): Promise<void>;
};

export type LaunchOptions = {
  /** Runs in the browser before the extension is installed (tabs a user already had open). */
  beforeInstall?(browser: Browser): Promise<void>;
  /** Another folder holding the build (a copy a test updates); by default EXTENSION_DIR. */
  extensionDir?: string;
};

/**
 * Debian's Firefox ESR, headless, over WebDriver BiDi, with the production build installed as a
 * temporary add-on (as about:debugging does). `hosts` maps host names to local HTTPS ports through
 * a tunnelling proxy; the test certificate is accepted for this session only.
 */
export async function launchFirefox(
  hosts: Record<string, number>,
  options: LaunchOptions = {},
): Promise<FirefoxSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No ${EXTENSION_DIR}/manifest.json: run "npm run build" first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: run "bash scripts/ensure-browsers.sh".`);
  }
  const proxy = await startTunnelProxy(hosts);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: firefoxPrefs(proxy),
    });
    await options.beforeInstall?.(browser);
    await browser.installExtension(options.extensionDir ?? EXTENSION_DIR);
    const session = browser;
    const welcome = await waitForPage(session, (href) => href.startsWith(`${EXTENSION_BASE}/`));
    return {
      browser: session,
      welcome,
      openExtensionPage: (pathname) => openExtensionPage(session, welcome, pathname),
      close: async () => {
        await session.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.close();
    throw error;
  }
}

function firefoxPrefs(proxy: TunnelProxy): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Every https:// request goes through the proxy, which knows only the mapped hosts.
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.share_proxy_settings': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Stands in for the user clicking "Allow" in Firefox's permission prompt, which headless
    // Firefox cannot show. permissions.request still demands a real click (user input) first.
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

/** Where a page really is: puppeteer's page.url() is not updated for moz-extension loads. */
export async function locationOf(page: Page): Promise<string | undefined> {
  try {
    return await page.evaluate(() =>
      document.readyState === 'complete' ? location.href : undefined,
    );
  } catch {
    return undefined; // between two documents
  }
}

/** The first open tab whose loaded document's address passes `matches`. */
export async function waitForPage(
  browser: Browser,
  matches: (href: string) => boolean,
  timeoutMs = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await locationOf(page);
      if (href !== undefined && matches(href)) return page;
    }
    await delay(100);
  }
  throw new Error('No tab showed the expected page in time.');
}

/**
 * WebDriver may not navigate a tab to a moz-extension:// address, so the extension opens its own
 * page (tabs.create from its welcome tab), as its buttons and notifications do.
 */
async function openExtensionPage(browser: Browser, opener: Page, pathname: string): Promise<Page> {
  const before = new Set(await browser.pages());
  const url = `${EXTENSION_BASE}${pathname}`;
  await opener.evaluate(async (address) => {
    await chrome.tabs.create({ url: address });
  }, url);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (!before.has(page) && (await locationOf(page)) === url) return page;
    }
    await delay(100);
  }
  throw new Error(`The extension did not open ${pathname} in time.`);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
