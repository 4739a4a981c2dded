import { randomUUID } from 'node:crypto';
import { EXTENSION_PATH, test as base, expect } from './fixtures';
import { ComposerPage } from './pages/composer-page';
import { type PolicyFile, policyFile, unpackedExtensionId } from './support/chromium-policy';
import { sendRequests } from './support/sandbox-records';

const NUMBER = '639171234567';

/** The organization's policy, written before the browser starts and removed after, also on failure. */
const test = base.extend<{ policy: Record<string, unknown>; policyFile: PolicyFile }>({
  policy: [{}, { option: true }],
  policyFile: async ({ policy }, use) => {
    const file = policyFile(`click-to-sms-e2e-${randomUUID()}`, unpackedExtensionId(EXTENSION_PATH));
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
    const composer = await ComposerPage.open(context, extensionId, `?to=${NUMBER}`);
    await expect(composer.from).toHaveValue('TeamSMS');
    await composer.fill({ message: 'Hello from the team.' });
    await composer.send();
    await expect(composer.result.getByRole('heading', { name: /^(Sent|Delivered)/ })).toBeVisible();
    const [request] = sendRequests(sandbox);
    expect(request?.headers.authorization).toBe('Token sandbox-key');
    expect(request?.body).toMatchObject({ orgId: 1234, to: NUMBER, from: 'TeamSMS' });
    void file;
  });
});
