import { test as base, expect } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { sendRequests } from '../e2e/support/sandbox-records';
import { API_HOST, TEST_TLS } from '../e2e/support/tls';
import { FirefoxComposerPage } from './pages/composer-page';
import { launchFirefox } from './support/firefox';
import { writeFirefoxPolicy } from './support/firefox-policy';

base(
  'the composer sends with the policies.json key, organization and sender ID, with no setup',
  {
    timeout: 90_000,
  },
  async () => {
    const sandbox = await startSandbox({ port: 0, tls: TEST_TLS, deliveryStepMs: 1_000 });
    const policy = writeFirefoxPolicy({
      apiKey: 'sandbox-key',
      orgId: 1234,
      senderId: 'FoxTeam',
      recipientMode: 'phonenumber',
    });
    let firefox: Awaited<ReturnType<typeof launchFirefox>> | undefined;
    try {
      firefox = await launchFirefox({ [API_HOST]: sandbox.port });
      // Firefox read its policies at start and keeps them: the machine-wide file goes at once.
      policy.remove();
      const page = await firefox.openExtensionPage('/popup.html');
      const composer = new FirefoxComposerPage(page);
      const from = await composer.textbox('From');
      await page.waitForFunction(
        (input) => (input as HTMLInputElement).value === 'FoxTeam',
        { timeout: 10_000 },
        from,
      );
      await composer.write({ to: '+63 917 123 4567', message: 'Hello from the team' });
      await (await composer.button('Send')).click();
      await expect.poll(() => sendRequests(sandbox).length, { timeout: 15_000 }).toBe(1);
      const [request] = sendRequests(sandbox);
      expect(request?.headers.authorization).toBe('Token sandbox-key');
      expect(request?.path).toBe('/v1/sms/phonenumber');
      expect(request?.body).toMatchObject({
        orgId: 1234,
        to: '639171234567',
        from: 'FoxTeam',
        message: 'Hello from the team',
      });
      // The policy's key stays in the background: the page never holds it.
      expect(await page.content()).not.toContain('sandbox-key');
    } finally {
      policy.remove();
      await firefox?.close();
      await sandbox.close();
    }
  },
);
