import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { crmTest } from './pages/crm-page';
import { configureExtension } from './support/configure-extension';
import { readDbEntries } from './support/extension-db';

/**
 * Playwright cannot click the browser's own context menu, so the click is dispatched to the
 * worker's real listener, exactly as the browser would deliver it.
 */
async function dispatchMenuClick(
  serviceWorker: Worker,
  info: Record<string, unknown>,
): Promise<void> {
  await serviceWorker.evaluate((clickInfo) => {
    const event = chrome.contextMenus.onClicked as unknown as {
      dispatch(info: unknown, tab?: unknown): void;
    };
    event.dispatch({ editable: false, pageUrl: 'https://acme.lightning.force.com/', ...clickInfo });
  }, info);
}

type StoredDraft = { phone: string; message: string; recipientKind: string };

/**
 * Where the browser allows it the composer opens as the toolbar popup, which Playwright cannot
 * drive; it is found through the extension's own contexts, and what it shows through the draft it
 * stores as soon as it has read its prefill.
 */
async function openedComposerDraft(serviceWorker: Worker): Promise<StoredDraft> {
  let draft: StoredDraft | undefined;
  await expect
    .poll(async () => {
      const open = await serviceWorker.evaluate(async () => {
        const runtime = chrome.runtime as unknown as {
          getContexts(filter: object): Promise<{ documentUrl?: string }[]>;
        };
        const contexts = await runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] });
        return contexts.some((context) => context.documentUrl?.includes('/popup.html'));
      });
      const { drafts } = await serviceWorker.evaluate(readDbEntries, ['drafts']);
      const list = (Array.isArray(drafts) ? drafts : []) as (StoredDraft & { updatedAt: number })[];
      draft = [...list].sort((a, b) => b.updatedAt - a.updatedAt)[0];
      return open && draft !== undefined;
    })
    .toBe(true);
  return draft as StoredDraft;
}

test.beforeEach(async ({ serviceWorker }) => {
  await configureExtension(serviceWorker);
});

test('the menu is created on install with its two items', async ({ serviceWorker }) => {
  // The browser offers no way to list menu items; creating one again must fail as a duplicate.
  const error = await serviceWorker.evaluate(
    () =>
      new Promise<string>((resolve) => {
        chrome.contextMenus.create(
          { id: 'send-sms-to-selection', title: 'x', contexts: ['selection'] },
          () => resolve(chrome.runtime.lastError?.message ?? 'created'),
        );
      }),
  );
  expect(error).toMatch(/duplicate/i);
});

test('a selected number opens the composer with that number', async ({ serviceWorker }) => {
  await dispatchMenuClick(serviceWorker, {
    menuItemId: 'send-sms-to-selection',
    selectionText: 'Mobile: 0917-123-4567.',
  });
  expect(await openedComposerDraft(serviceWorker)).toMatchObject({
    recipientKind: 'phone',
    phone: '+63 917 123 4567',
  });
});

test('a selection that is not a number opens the composer with the text, to say why', async ({
  serviceWorker,
  context,
  extensionId,
}) => {
  await dispatchMenuClick(serviceWorker, {
    menuItemId: 'send-sms-to-selection',
    selectionText: 'Order 2024-05-17',
  });
  expect(await openedComposerDraft(serviceWorker)).toMatchObject({ phone: 'Order 2024-05-17' });
  // The same draft in a composer Playwright can see shows why it is not a number.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toHaveValue('Order 2024-05-17');
  await page.getByRole('textbox', { name: 'Phone number' }).blur();
  await expect(
    page.getByText('“Order 2024-05-17” is too long for a phone number in the Philippines.'),
  ).toBeVisible();
});

test('an sms: link fills the number and the message', async ({ serviceWorker }) => {
  await dispatchMenuClick(serviceWorker, {
    menuItemId: 'send-sms-to-link',
    linkUrl: 'sms:%2B1-415-555-0132?body=See%20you%20at%203',
  });
  expect(await openedComposerDraft(serviceWorker)).toMatchObject({
    phone: '+1 415 555 0132',
    message: 'See you at 3',
  });
});

test('a tel: link with separators and an extension keeps the main number', async ({
  serviceWorker,
}) => {
  await dispatchMenuClick(serviceWorker, {
    menuItemId: 'send-sms-to-link',
    linkUrl: 'tel:+63-917-123-4567;ext=89',
  });
  expect(await openedComposerDraft(serviceWorker)).toMatchObject({ phone: '+63 917 123 4567' });
});

crmTest(
  'the keyboard shortcut opens the composer with the number selected on the page',
  async ({ context, crm, serviceWorker }) => {
    await configureExtension(serviceWorker);
    const page = await context.newPage();
    await page.goto(crm.url('/record.html'));
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.id = 'selected';
      note.textContent = 'Call +254 712 345678 today';
      document.body.append(note);
      const range = document.createRange();
      range.selectNodeContents(note);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.bringToFront();
    const tab = await serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0],
      page.url(),
    );
    await serviceWorker.evaluate((activeTab) => {
      const event = chrome.commands.onCommand as unknown as {
        dispatch(command: string, tab?: unknown): void;
      };
      event.dispatch('open-composer', activeTab);
    }, tab);
    expect(await openedComposerDraft(serviceWorker)).toMatchObject({ phone: '+254 712 345678' });
  },
);
