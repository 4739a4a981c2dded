import { CrmPage, composerPages, expect, nextComposerTo, crmTest as test } from './pages/crm-page';
import { configureExtension } from './support/configure-extension';

// Set up, so the composer shows the number it was opened for (the prefill no longer rides in its URL).
test.beforeEach(async ({ serviceWorker }) => {
  await configureExtension(serviceWorker);
});

test.describe('the send button', () => {
  test('a real click opens the composer with the number filled in', async ({ context, crm }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await expect(list.host('639171234567')).toBeVisible();
    const to = await nextComposerTo(context, () => list.clickButton('639171234567'));
    expect(to).toBe('639171234567');
    // The tel: link beside it was not followed.
    expect(new URL(list.page.url()).pathname).toBe('/list.html');
  });

  test('the button beside an ordinary link opens the composer, not the link', async ({
    context,
    crm,
  }) => {
    const record = await CrmPage.open(context, crm.url('/record.html'));
    await expect(record.host('639178889999')).toBeVisible();
    expect(await nextComposerTo(context, () => record.clickButton('639178889999'))).toBe(
      '639178889999',
    );
    expect(new URL(record.page.url()).pathname).toBe('/record.html');
  });

  test('the keyboard works: Tab to the button, press Enter', async ({ context, crm }) => {
    const record = await CrmPage.open(context, crm.url('/frame.html'));
    await expect(record.host('639177778888')).toBeVisible();
    await record.page.locator('body').click({ position: { x: 1, y: 1 } });
    for (let presses = 0; presses < 10; presses++) {
      await record.page.keyboard.press('Tab');
      const focused = await record.page.evaluate(() =>
        document.activeElement?.getAttribute('data-sms-to'),
      );
      if (focused === '639177778888') break;
    }
    expect(await nextComposerTo(context, () => record.page.keyboard.press('Enter'))).toBe(
      '639177778888',
    );
  });

  test('a page script clicking the button, or forging messages, opens nothing', async ({
    context,
    crm,
    extensionId,
  }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await expect(list.host('639171234567')).toBeVisible();
    const attempts = await list.page.evaluate((id) => {
      const results: string[] = [];
      const host = document.querySelector('span[data-sms-to="639171234567"]') as HTMLElement;
      host.click();
      host.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }),
      );
      const box = host.getBoundingClientRect();
      (
        document.elementFromPoint(
          box.x + box.width / 2,
          box.y + box.height / 2,
        ) as HTMLElement | null
      )?.click();
      host.setAttribute('data-sms-to', '19005550100');
      host.click();
      window.postMessage({ name: 'composeFromPage', data: { to: '19005550100' } }, '*');
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      results.push(typeof runtime?.sendMessage);
      try {
        (runtime?.sendMessage as ((id: string, message: unknown) => void) | undefined)?.(id, {
          name: 'composeFromPage',
          data: { to: '19005550100' },
        });
      } catch (error) {
        results.push(String(error));
      }
      return results;
    }, extensionId);
    expect(attempts[0]).toBe('undefined');
    await list.page.waitForTimeout(2_000);
    expect(composerPages(context)).toHaveLength(0);
  });

  test('a real click on a button the page covered or made invisible opens nothing', async ({
    context,
    crm,
  }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    const covered = list.host('63281234567');
    await expect(covered).toBeVisible();
    const box = await covered.boundingBox();
    if (!box) throw new Error('no box');
    await list.page.evaluate(({ x, y, width, height }) => {
      const overlay = document.createElement('div');
      overlay.style.cssText = `position:fixed;left:${x - 4}px;top:${y - 4}px;width:${width + 8}px;height:${height + 8}px;z-index:9999;background:transparent`;
      document.body.append(overlay);
    }, box);
    await list.clickButton('63281234567');
    // An ancestor made see-through: the click reaches the button but is refused.
    await list.page
      .locator('tr[data-row="carter"] td:nth-child(3)')
      .evaluate((cell: HTMLElement) => {
        cell.style.opacity = '0';
      });
    await list.clickButton('14155550132');
    await list.page.waitForTimeout(2_000);
    expect(composerPages(context)).toHaveLength(0);
  });

  test('the composer gets the digits the extension read, even if the page changes the attribute', async ({
    context,
    crm,
  }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    const host = list.host('14155550132');
    await expect(host).toBeVisible();
    await host.evaluate((element) => element.setAttribute('data-sms-to', '19005550100'));
    const forged = list.host('19005550100');
    const box = await forged.boundingBox();
    if (!box) throw new Error('no box');
    const to = await nextComposerTo(context, () =>
      list.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
    );
    expect(to).toBe('14155550132');
  });
});
