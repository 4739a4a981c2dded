import { randomUUID } from 'node:crypto';
import { EXTENSION_PATH, expect } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { crmTest as base, CrmPage } from './pages/crm-page';
import { OptionsPage } from './pages/options-page';
import { type PolicyFile, policyFile, unpackedExtensionId } from './support/chromium-policy';
import { inContentScript } from './support/content-script-world';
import { numberInDaytime, numberInQuietHours } from './support/recipient-clock';
import { sendRequests } from './support/sandbox-records';

/**
 * These tests send with no setup, so quiet hours are on (the default): each sends to a number
 * where it is daytime now (support/recipient-clock.ts), to pass at any hour of the day.
 */
const daytimeNumber = (): string => numberInDaytime().number;

/** The organization's policy, written before the browser starts and removed after, also on failure. */
const test = base.extend<{ policy: Record<string, unknown>; policyFile: PolicyFile }>({
  policy: [{}, { option: true }],
  policyFile: async ({ policy }, use) => {
    const file = policyFile(
      `click-to-sms-e2e-${randomUUID()}`,
      unpackedExtensionId(EXTENSION_PATH),
    );
    file.write(policy);
    try {
      await use(file);
    } finally {
      file.remove();
    }
  },
  // The browser starts only once the policy is on disk: Chromium reads it at start.
  context: async ({ policyFile: _written, context }, use) => {
    await use(context);
  },
});

test.describe('a policy with key, organization and sender ID', () => {
  test.use({
    policy: {
      apiKey: 'sandbox-key',
      orgId: 1234,
      senderId: 'TeamSMS',
      defaultCountry: 'PH',
      lockSettings: true,
      templates: [{ name: 'Team welcome', text: 'Welcome to ACME, {{first}}!' }],
    },
  });

  test('the composer sends with the policy key, organization and sender ID, with no setup', async ({
    policyFile: file,
    context,
    extensionId,
    sandbox,
  }) => {
    expect(extensionId).toBe(unpackedExtensionId(EXTENSION_PATH));
    const NUMBER = daytimeNumber();
    const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
    await expect(composer.from).toHaveValue('TeamSMS');
    await composer.fill({ message: 'Hello from the team.' });
    await composer.send();
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
    const [request] = sendRequests(sandbox);
    expect(request?.headers.authorization).toBe('Token sandbox-key');
    expect(request?.body).toMatchObject({ orgId: 1234, to: NUMBER, from: 'TeamSMS' });
    // The policy's key never reaches the extension's own storage or a page.
    expect(await composer.page.content()).not.toContain('sandbox-key');
    void file;
  });

  test('a content script can read neither the policy nor its key', async ({
    policyFile: _written,
    context,
    extensionId,
    crm,
  }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    // The content script runs here (its buttons are there), so its world can be probed.
    await expect.poll(async () => (await list.markedNumbers()).length).toBeGreaterThan(0);
    const seen = await inContentScript(
      context,
      extensionId,
      list.page,
      `chrome.storage.managed.get().then((value) => JSON.stringify(value), (error) => 'refused: ' + error.message)`,
    );
    expect(String(seen)).toMatch(/^refused: /);
    expect(String(seen)).not.toContain('sandbox-key');
  });

  test('the options page shows the locked values as set by the organization; the team templates are offered', async ({
    context,
    extensionId,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    const page = options.page;
    await expect(page.getByRole('textbox', { name: 'Organization ID' })).toHaveValue('1234');
    await expect(page.getByRole('textbox', { name: 'Organization ID' })).not.toBeEditable();
    await expect(page.getByRole('textbox', { name: 'Sender ID' })).toHaveValue('TeamSMS');
    await expect(page.getByRole('textbox', { name: 'Sender ID' })).not.toBeEditable();
    await expect(page.getByLabel('API key')).not.toBeEditable();
    await expect(page.getByLabel('API key')).not.toHaveValue(/sandbox-key/);
    await expect(page.getByText('Set by your organization')).toHaveCount(4);
    await expect(page.getByText(/They are locked/)).toBeVisible();

    const composer = await ComposerPage.open(context, extensionId, `?to=${daytimeNumber()}`);
    await composer.templatesButton.click();
    const team = composer.page.getByRole('listitem').filter({ hasText: 'Team welcome' });
    await expect(team).toContainText('Team');
    await expect(team.getByRole('button', { name: 'Use template Team welcome' })).toBeVisible();
    await expect(team.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await team.getByRole('button', { name: 'Use template Team welcome' }).click();
    await expect(composer.message).toHaveValue(/Welcome to ACME/);
  });
});

test.describe('a policy with bad values, then corrected', () => {
  test.use({
    policy: { apiKey: 'sandbox-key', orgId: -5, senderId: 'First', defaultCountry: 'XX' },
  });

  test('bad values are ignored with a warning naming each key; a changed policy applies without a restart', async ({
    policyFile: file,
    context,
    extensionId,
    sandbox,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    const page = options.page;
    const warnings = page
      .getByRole('region', { name: "Your organization's policy" })
      .getByRole('alert');
    await expect(warnings).toContainText('"orgId"');
    await expect(warnings).toContainText('"defaultCountry"');
    await expect(warnings).not.toContainText('"senderId"');
    // The good keys still apply; not locked, so the user may still edit.
    await expect(page.getByRole('textbox', { name: 'Sender ID' })).toHaveValue('First');
    await expect(page.getByRole('textbox', { name: 'Sender ID' })).toBeEditable();
    await expect(page.getByRole('textbox', { name: 'Organization ID' })).toHaveValue('');

    // Chromium watches its policy folder and reloads a changed file within seconds.
    file.write({ apiKey: 'sandbox-key', orgId: 1234, senderId: 'Second' });
    await expect(page.getByRole('textbox', { name: 'Sender ID' })).toHaveValue('Second', {
      timeout: 30_000,
    });
    await expect(page.getByRole('textbox', { name: 'Organization ID' })).toHaveValue('1234');
    await expect(warnings).toHaveCount(0);

    const composer = await ComposerPage.open(context, extensionId, `?to=${daytimeNumber()}`);
    await expect(composer.from).toHaveValue('Second');
    await composer.fill({ message: 'After the change.' });
    await composer.send();
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
    expect(sendRequests(sandbox)[0]?.body).toMatchObject({ orgId: 1234, from: 'Second' });
  });
});

test.describe('a Chrome policy that switches quiet hours off with the object form', () => {
  // Chrome's schema cannot declare `false` (no union types): {"enabled": false} says it.
  test.use({ policy: { apiKey: 'sandbox-key', orgId: 1234, quietHours: { enabled: false } } });

  test('the options page shows quiet hours off, set by the organization; a message at night goes at once', async ({
    policyFile: _written,
    context,
    extensionId,
    sandbox,
  }) => {
    const options = await OptionsPage.open(context, extensionId);
    const quietHours = options.page.getByRole('group', { name: 'Quiet hours' });
    await expect(quietHours).toContainText('Set by your organization');
    await expect(quietHours.getByRole('checkbox', { name: 'Send only between' })).not.toBeChecked();
    await expect(
      options.page.getByRole('region', { name: "Your organization's policy" }).getByRole('alert'),
    ).toHaveCount(0);

    const quiet = numberInQuietHours();
    const composer = await ComposerPage.open(context, extensionId, `?to=${quiet.number}`);
    await composer.fill({ message: 'Your appointment is tomorrow.' });
    await expect(composer.page.getByText(/for the recipient/)).toHaveCount(0);
    await composer.send();
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
    expect(sendRequests(sandbox)).toHaveLength(1);
  });
});
