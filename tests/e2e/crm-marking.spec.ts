import { NON_CRM_HOST, OTHER_CRM_HOST } from '../fixtures/crm/crm-server';
import { CrmPage, expect, LIST_NUMBERS, crmTest as test } from './pages/crm-page';
import { writeDbEntries } from './support/extension-db';

test.describe('a Salesforce-like list view', () => {
  test('marks every phone number and none of the traps', async ({ context, crm }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await list.expectMarked(LIST_NUMBERS);
    await expect(list.hosts(list.page.locator('tr[data-row="traps"]'))).toHaveCount(0);
    // Dates, amounts, ids and references: only the Phone and Mobile columns have buttons.
    for (const column of [1, 2, 5, 6, 7, 8, 9]) {
      await expect(list.hosts(list.page.locator(`tbody td:nth-child(${column})`))).toHaveCount(0);
    }
  });

  test('puts each button right after its number, leaving the text as it was', async ({
    context,
    crm,
  }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await list.expectMarked(LIST_NUMBERS);
    const cell = list.page.locator('tr[data-row="reyes"] td:nth-child(3)');
    expect(await cell.evaluate((td) => [...td.childNodes].map((node) => node.nodeName))).toEqual([
      '#text',
      'SPAN',
      'SPAN',
    ]);
    await expect(cell).toHaveText('0918 765 4321 / 0919 222 3344');
    // A tel: link keeps its text; the button follows the link.
    const mobile = list.page.locator('tr[data-row="santos"] td:nth-child(4)');
    expect(await mobile.evaluate((td) => [...td.childNodes].map((node) => node.nodeName))).toEqual([
      'A',
      'SPAN',
    ]);
  });

  test('names each button for screen readers', async ({ context, crm }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await list.expectMarked(LIST_NUMBERS);
    const names = await list.buttonNames();
    expect(names).toHaveLength(LIST_NUMBERS.length);
    expect(names).toContain('Send SMS to +63 917 123 4567');
    expect(names).toContain('Send SMS to +1 415 555 0132');
    expect(names).toContain('Send SMS to +63 2 8123 4567');
  });

  test('does not move the text around it vertically, and hides the buttons when printing', async ({
    context,
    crm,
  }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await list.expectMarked(LIST_NUMBERS);
    const row = list.page.locator('tr[data-row="santos"]');
    const heights = await row
      .locator('td')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
    expect(new Set(heights.map((height) => Math.round(height))).size).toBe(1);
    const host = list.host('63281234567');
    expect(await host.evaluate((element) => getComputedStyle(element).display)).toBe(
      'inline-block',
    );
    await list.page.emulateMedia({ media: 'print' });
    expect(await host.evaluate((element) => getComputedStyle(element).display)).toBe('none');
  });

  test('keeps its look when the page styles the host element', async ({ context, crm }) => {
    const list = await CrmPage.open(context, crm.url('/list.html'));
    await list.expectMarked(LIST_NUMBERS);
    // A page rule and an inline style, both !important (CSSOM, which the page's CSP allows).
    await list.page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        'span[data-sms-to] { display: none !important; opacity: 0 !important; position: absolute !important; width: 500px !important; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const host = document.querySelector('span[data-sms-to="639171234567"]') as HTMLElement;
      host.style.setProperty('visibility', 'hidden', 'important');
    });
    const style = await list.host('63281234567').evaluate((element) => {
      const computed = getComputedStyle(element);
      return [
        computed.display,
        computed.opacity,
        computed.position,
        element.getBoundingClientRect().width < 40,
      ];
    });
    expect(style).toEqual(['inline-block', '1', 'static', true]);
    expect(
      await list.host('639171234567').evaluate((element) => getComputedStyle(element).visibility),
    ).toBe('visible');
  });
});

test.describe('a record page', () => {
  test('marks fields, links, open shadow roots (nested too) and a same-origin frame', async ({
    context,
    crm,
  }) => {
    const record = await CrmPage.open(context, crm.url('/record.html'));
    await record.expectMarked([
      '639175550101', // shadow root
      '63288880102', // shadow root
      '254712345678', // shadow root inside a shadow root
      '63281234567',
      '639171234567', // tel: link whose text is not a number
      '14155550132', // with an extension
      '639178889999', // inside an ordinary link: the button follows the link
      '442079460018',
    ]);
    const frame = record.page.frameLocator('iframe[title="Related case"]');
    await record.expectMarked(['639177778888', '63287778889'], frame.locator(':root'));
  });

  test('never marks editable content, form fields, code, scripts, styles, SVG or closed shadow roots', async ({
    context,
    crm,
  }) => {
    const record = await CrmPage.open(context, crm.url('/record.html'));
    await expect.poll(() => record.markedNumbers().then((numbers) => numbers.length)).toBe(8);
    const marked = await record.markedNumbers();
    for (const untouched of [
      '639170001111',
      '639170001112',
      '639170001113',
      '639170002222',
      '639170003333',
      '639170004444',
      '639170004445',
      '639170004446',
      '639170005555',
      '639170006666',
      '639170007777',
      '639170009999',
      '639171230000', // labelled "Account number"
    ]) {
      expect(marked).not.toContain(untouched);
    }
    await expect(
      record.hosts(
        record.page.locator('[contenteditable], [role="textbox"], label, pre, code, kbd'),
      ),
    ).toHaveCount(0);
  });

  test('does not mark what the user types into a note', async ({ context, crm }) => {
    const record = await CrmPage.open(context, crm.url('/record.html'));
    await expect.poll(() => record.markedNumbers().then((numbers) => numbers.length)).toBe(8);
    const note = record.page.getByRole('textbox', { name: 'Note' });
    await note.click();
    await record.page.keyboard.press('End');
    await record.page.keyboard.type(' then +63 917 222 0000');
    await record.page.waitForTimeout(1_000);
    await expect(record.hosts(note)).toHaveCount(0);
    expect(await record.markedNumbers()).not.toContain('639172220000');
  });
});

test.describe('a single-page console', () => {
  test('follows record switches, text changed in place, appended and removed rows', async ({
    context,
    crm,
  }) => {
    const spa = await CrmPage.open(context, crm.url('/spa.html'));
    const fields = spa.page.locator('#record-fields');
    const activity = spa.page.locator('#activity');
    await spa.expectMarked(['63281234567', '639171234567'], fields);
    await spa.expectMarked(['639171001001', '639171001002', '639171001003'], activity);

    await spa.page.getByRole('button', { name: 'Next record' }).click();
    await spa.expectMarked(['14155550132', '14155550199'], fields);

    await spa.page.evaluate(() =>
      (window as unknown as { crm: { setPhoneInPlace(value: string): void } }).crm.setPhoneInPlace(
        '+44 20 7946 0018',
      ),
    );
    await spa.expectMarked(['442079460018', '14155550199'], fields);
    await spa.page.evaluate(() =>
      (window as unknown as { crm: { setPhoneInPlace(value: string): void } }).crm.setPhoneInPlace(
        'n/a',
      ),
    );
    await spa.expectMarked(['14155550199'], fields);

    await spa.page.getByRole('button', { name: 'Load more activity' }).click();
    await spa.expectMarked(
      [
        '639171001001',
        '639171001002',
        '639171001003',
        '639171001004',
        '639171001005',
        '639171001006',
      ],
      activity,
    );

    await spa.page.evaluate(() =>
      (window as unknown as { crm: { removeActivity(n: number): void } }).crm.removeActivity(2),
    );
    await spa.expectMarked(
      ['639171001001', '639171001003', '639171001004', '639171001005', '639171001006'],
      activity,
    );
    // Each number has exactly one button: nothing was marked twice along the way.
    const all = await spa.markedNumbers();
    expect(new Set(all).size).toBe(all.length);
  });
});

test.describe('where it runs', () => {
  test('runs on other default CRMs too', async ({ context, crm }) => {
    const zendesk = await CrmPage.open(context, crm.url('/list.html', OTHER_CRM_HOST));
    await zendesk.expectMarked(LIST_NUMBERS);
  });

  test('does not run on a site that is not a CRM the user enabled', async ({ context, crm }) => {
    const other = await CrmPage.open(context, crm.url('/list.html', NON_CRM_HOST));
    await expect(other.page.locator('tbody tr')).toHaveCount(9);
    await other.page.waitForTimeout(1_500);
    await expect(other.hosts()).toHaveCount(0);
  });

  test('reads national numbers with the default country from the settings', async ({
    context,
    crm,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(writeDbEntries, { settings: { defaultCountry: 'US' } });
    const page = await CrmPage.open(context, crm.url('/frame.html'));
    // "(02) 8777 8889" is a Manila number only for a Philippine default; "+63 917 777 8888" counts anywhere.
    await page.expectMarked(['639177778888']);
  });
});
