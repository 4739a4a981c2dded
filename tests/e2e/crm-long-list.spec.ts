import type { Page } from '@playwright/test';
import { expect, crmTest as test } from './pages/crm-page';

const HOST = 'span[data-sms-to]';

/** The rows on screen now, and the numbers their phone cells carry and the buttons they have. */
function rowsOnScreen(page: Page) {
  return page.evaluate((host) => {
    const rows = [...document.querySelectorAll<HTMLElement>('#rows tr')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return rows.map((row) => ({
      row: Number(row.dataset.row),
      marked: [...row.querySelectorAll(host)].map((button) => button.getAttribute('data-sms-to')),
    }));
  }, HOST);
}

/** The digits long-list.js gave row `index`. */
const digitsOf = (index: number): string => `63917555${String(index).padStart(4, '0')}`;

async function expectScreenMarked(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const rows = await rowsOnScreen(page);
      return rows.length > 0 && rows.every(({ row, marked }) => marked.join() === digitsOf(row));
    })
    .toBe(true);
}

test.describe('a list too long to be read whole (issue 19)', () => {
  test('marks the numbers on screen, then those scrolled into view, and leaves none on screen unmarked', async ({
    context,
    crm,
  }) => {
    const page = await context.newPage();
    await page.goto(crm.url('/long-list.html'));
    await expectScreenMarked(page);
    // Far from the screen nothing is read yet: the page's thread is not spent on rows no one sees.
    const last = page.locator('#rows tr').last();
    await expect(last.locator(HOST)).toHaveCount(0);

    for (const fraction of [0.5, 0.25, 1]) {
      await page.evaluate(
        (to) => window.scrollTo(0, document.documentElement.scrollHeight * to),
        fraction,
      );
      await expectScreenMarked(page);
    }
    await expect(last.locator(HOST)).toHaveCount(1);
    // Only numbers: the dates and order numbers beside them have no button.
    await expect(
      page.locator(`#rows td:nth-child(3) ${HOST}, #rows td:nth-child(4) ${HOST}`),
    ).toHaveCount(0);
  });

  test('a row the page adds far from the screen is still marked (what changes is always read)', async ({
    context,
    crm,
  }) => {
    const page = await context.newPage();
    await page.goto(crm.url('/long-list.html'));
    await expectScreenMarked(page);
    await page.evaluate(() => {
      const row = document.createElement('tr');
      row.dataset.row = 'added';
      const cell = document.createElement('td');
      cell.textContent = '+44 20 7946 0018';
      row.append(cell);
      document.getElementById('rows')?.append(row);
    });
    await expect(page.locator(`tr[data-row="added"] ${HOST}`)).toHaveAttribute(
      'data-sms-to',
      '442079460018',
    );
  });
});
