import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import {
  CRM_HOST,
  type CrmServer,
  NON_CRM_HOST,
  OTHER_CRM_HOST,
  startCrmServer,
} from '../../fixtures/crm/crm-server';
import { expect, test } from '../fixtures';

/**
 * The shared end-to-end fixtures plus the CRM fixture server (one per worker), with the default
 * CRM host names mapped to it: the production build runs on "https://acme.lightning.force.com".
 */
/** Every number a person sees on tests/fixtures/crm/pages/list.html, as digits. */
export const LIST_NUMBERS = [
  '63281234567',
  '639171234567',
  '14155550132',
  '14155550199',
  '254712345678',
  '442079460018',
  '919876543210',
  '493012345678',
  '639187654321',
  '639192223344',
  '819012345678',
];

export const crmTest = test.extend<{ crm: CrmServer }, { crmServer: CrmServer }>({
  crmServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const server = await startCrmServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  hostMappings: async ({ crmServer }, use) => {
    await use({
      [CRM_HOST]: crmServer.port,
      [OTHER_CRM_HOST]: crmServer.port,
      [NON_CRM_HOST]: crmServer.port,
    });
  },
  crm: async ({ crmServer, serviceWorker }, use) => {
    await waitForContentScript(serviceWorker);
    await use(crmServer);
  },
});

/**
 * Waits until the background works with these default CRMs switched off (none by default) and can
 * read the organization's policy. The
 * content script is declared in the manifest for the default CRMs, so a page needs no wait for a
 * registration; it asks the background at load whether its site is switched off. The worker's
 * own registrations must be settled too: the one for the user's sites, and none left over from
 * versions that registered the defaults at run time.
 */
export async function waitForContentScript(
  serviceWorker: Worker,
  excluded: string[] = [],
): Promise<void> {
  await expect
    .poll(
      () =>
        serviceWorker.evaluate(async () => {
          const { sites } = (await chrome.storage.local.get('sites')) as {
            sites?: { disabled?: string[] };
          };
          const legacy = await chrome.scripting.getRegisteredContentScripts({
            ids: ['crm-defaults'],
          });
          const declared = chrome.runtime.getManifest().content_scripts?.length ?? 0;
          if (declared === 0 || legacy.length > 0) return 'not declared in the manifest';
          return (sites?.disabled ?? []).map((site) => `${site}/*`).sort();
        }),
      { message: 'the content script is declared and these default CRMs are switched off' },
    )
    .toEqual([...excluded].sort());
  // The background answers a page only once it has read the organization's policy (it may switch
  // sites off). Chromium makes an extension's managed storage readable a while after the browser
  // starts: 1-3 s on this machine, over 10 s with the machine loaded (seen in a CI run). A fresh
  // browser per test meets that wait in its first page; this waits for the state instead.
  await serviceWorker.evaluate(() => chrome.storage.managed.get().catch(() => undefined));
}

const HOST = 'span[data-sms-to]';

/** A CRM page with the extension's send buttons, found by their host elements and their names. */
export class CrmPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<CrmPage> {
    const page = await context.newPage();
    await page.goto(url);
    return new CrmPage(page);
  }

  /** Every button host in a page or frame, open shadow roots included (CSS locators pierce them). */
  hosts(scope: Page | Frame | Locator = this.page): Locator {
    return scope.locator(HOST);
  }

  host(digits: string, scope: Page | Frame | Locator = this.page): Locator {
    return scope.locator(`${HOST}[data-sms-to="${digits}"]`);
  }

  /** The numbers marked, in document order (shadow roots after the light DOM they hang from). */
  async markedNumbers(scope: Page | Frame | Locator = this.page): Promise<string[]> {
    return this.hosts(scope).evaluateAll((hosts) =>
      hosts.map((host) => host.getAttribute('data-sms-to') ?? ''),
    );
  }

  /** Waits until exactly these numbers are marked (in any order). */
  async expectMarked(digits: string[], scope: Page | Frame | Locator = this.page): Promise<void> {
    await expect
      .poll(async () => (await this.markedNumbers(scope)).sort())
      .toEqual([...digits].sort());
  }

  /** A real, trusted mouse click in the middle of the button. */
  async clickButton(digits: string): Promise<void> {
    const box = await this.host(digits).boundingBox();
    if (!box) throw new Error(`The button for ${digits} is not visible.`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /**
   * The accessible names of the send buttons, from Chromium's accessibility tree: the buttons live
   * in closed shadow roots, which Playwright's role locators cannot enter but screen readers can.
   */
  async buttonNames(): Promise<string[]> {
    const session = await this.page.context().newCDPSession(this.page);
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    await session.detach();
    return nodes
      .filter((node) => !node.ignored && node.role?.value === 'button')
      .map((node) => node.name?.value ?? '')
      .filter((name) => name.startsWith('Send SMS to'));
  }
}

/** Composer windows the extension opened (popup.html in a window of its own). */
export function composerPages(context: BrowserContext): Page[] {
  return context.pages().filter((page) => new URL(page.url()).pathname === '/popup.html');
}

/**
 * Waits for the composer window to open and gives the digits of the number it shows (the number
 * travels from the background through session storage, not in the window's URL).
 */
export async function nextComposerTo(
  context: BrowserContext,
  action: () => Promise<void>,
): Promise<string | null> {
  const opened = context.waitForEvent('page', {
    predicate: (page) => page.url().includes('/popup.html'),
    timeout: 10_000,
  });
  await action();
  const composer = await opened;
  const phone = composer.getByRole('textbox', { name: 'Phone number' });
  await expect(phone).not.toHaveValue('');
  return (await phone.inputValue()).replace(/\D/g, '') || null;
}

export { expect };
