import type { Worker } from '@playwright/test';
import { CRM_HOST } from '../fixtures/crm/crm-server';
import { CrmPage, expect, crmTest as test, waitForContentScript } from './pages/crm-page';

test('the manifest declares the content script for every default CRM, in all frames', async ({
  crm,
  serviceWorker,
}) => {
  expect(crm.port).toBeGreaterThan(0);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.content_scripts).toEqual([
    expect.objectContaining({ all_frames: true, js: ['content-scripts/crm.js'] }),
  ]);
  expect(manifest.content_scripts?.[0]?.matches).toEqual(
    expect.arrayContaining([
      'https://*.lightning.force.com/*',
      'https://app.hubspot.com/*',
      'https://*.zendesk.com/*',
    ]),
  );
  // Nothing is registered at run time until the user enables a site of their own.
  expect(
    await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts()),
  ).toEqual([]);
});

test('"Disable on this site" for a default CRM stops the buttons there; enabling brings them back', async ({
  context,
  crm,
  serviceWorker,
}) => {
  const site = `https://${CRM_HOST}`;
  await serviceWorker.evaluate(
    (disabled) => chrome.storage.local.set({ sites: { enabled: [], disabled: [disabled] } }),
    site,
  );
  await waitForContentScript(serviceWorker, [`${site}/*`]);
  const page = await CrmPage.open(context, crm.url('/list.html'));
  await expect(page.page.locator('tbody tr')).toHaveCount(9);
  await page.page.waitForTimeout(1_500);
  await expect(page.hosts()).toHaveCount(0);
  // The content script reads before it knows whether its frame gets buttons; the background is
  // what says no: asked from the content script's own world, it checks nothing for this frame.
  await expect
    .poll(() => askCandidatesFromContentScript(serviceWorker, page.page.url()))
    .toEqual({ ok: false, error: 'Click-to-SMS is switched off on this site.' });

  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ sites: { enabled: [], disabled: [] } }),
  );
  await waitForContentScript(serviceWorker);
  await page.page.reload();
  await expect.poll(() => page.markedNumbers().then((numbers) => numbers.length)).toBe(11);
  expect(await askCandidatesFromContentScript(serviceWorker, page.page.url())).toEqual({
    ok: true,
    result: [expect.objectContaining({ digits: '639171234567' })],
  });
});

/** `checkPhoneCandidates` sent from the content script's world of the tab at `url`. */
async function askCandidatesFromContentScript(
  serviceWorker: Worker,
  url: string,
): Promise<unknown> {
  return serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const [probe] = await chrome.scripting.executeScript({
      target: { tabId: tab?.id as number },
      func: () =>
        chrome.runtime.sendMessage({
          name: 'checkPhoneCandidates',
          data: { candidates: ['+63 917 123 4567'] },
        }),
    });
    return probe?.result;
  }, url);
}
