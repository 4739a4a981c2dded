import { expect, test } from './fixtures';
import { waitForContentScript } from './pages/crm-page';
import { launchExtensionBrowser } from './support/extension-browser';
import { HOSTILE_HOST, startHostileServer } from './support/hostile-server';

test('debug', async () => {
  test.setTimeout(180_000);
  const server = await startHostileServer();
  const browser = await launchExtensionBrowser({ [HOSTILE_HOST]: server.port });
  await waitForContentScript(await browser.worker());
  await browser.reset();
  for (const every of [100, 250]) {
    const page = await browser.context.newPage();
    await page.goto(`https://${HOSTILE_HOST}/big-text.html?every=${every}`);
    await expect(page.locator('body[data-length]')).toBeAttached({ timeout: 15_000 });
    const t0 = Date.now();
    for (let i = 0; i < 16; i++) {
      const s = Date.now();
      const r = await page.evaluate(() => { const b = (window as unknown as { __heartbeat: { max: number; last: number; longTasks: number[] } }).__heartbeat; return [Math.round(Math.max(b.max, performance.now() - b.last)), b.longTasks.join(','), document.querySelectorAll('#notes es-click-to-sms').length]; });
      console.log(every, Date.now() - t0, 'rt', Date.now() - s, JSON.stringify(r));
      await page.waitForTimeout(500);
    }
    await page.close();
  }
  await browser.close();
  await server.close();
});
