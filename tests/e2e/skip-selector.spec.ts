import { type Browser, chromium, expect, test } from '@playwright/test';
import { isSkippedElement, SKIP_SELECTOR, SKIPPED_ELEMENTS } from '../../utils/page/skip-rules';
import { CHROMIUM_PATH } from './fixtures';

/**
 * inside-skipped.ts finds a changed node's skipped ancestor with `closest(SKIP_SELECTOR)`; the
 * walker asks isSkippedElement. Both must skip the same elements. Checked in Chromium, whose
 * selector engine is the one that runs it (happy-dom has no case-insensitive attribute match): a
 * selector that lost a name, an attribute rule or its "i" flag disagrees on some case here.
 */

type Case = { name: string; attributes: Record<string, string> };

const CASES: Case[] = [
  ...SKIPPED_ELEMENTS.map((name) => ({ name, attributes: {} })),
  ...['div', 'span', 'td', 'a', 'p', 'button', 'label', 'lightning-formatted-phone'].map(
    (name) => ({ name, attributes: {} }),
  ),
  ...['', 'true', 'TRUE', 'plaintext-only', 'false', 'False', 'FALSE'].map((value) => ({
    name: 'div',
    attributes: { contenteditable: value },
  })),
  ...['textbox', 'TextBox', 'button', 'textboxes'].map((role) => ({
    name: 'div',
    attributes: { role },
  })),
];

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
});
test.afterAll(async () => {
  await browser.close();
});

test('SKIP_SELECTOR skips exactly what isSkippedElement skips', async () => {
  const page = await browser.newPage();
  const inBrowser = await page.evaluate(
    ({ cases, selector }) =>
      cases.map(({ name, attributes }) => {
        const element = document.createElement(name);
        for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
        const child = element.appendChild(document.createElement('span'));
        document.body.replaceChildren(element);
        return child.closest(selector) !== null;
      }),
    { cases: CASES, selector: SKIP_SELECTOR },
  );
  const byFunction = CASES.map(({ name, attributes }) =>
    isSkippedElement({ localName: name, getAttribute: (key) => attributes[key] ?? null }),
  );
  const label = CASES.map(({ name, attributes }) => `<${name} ${JSON.stringify(attributes)}>`);
  expect(Object.fromEntries(label.map((key, i) => [key, inBrowser[i]]))).toEqual(
    Object.fromEntries(label.map((key, i) => [key, byFunction[i]])),
  );
  // Both sides skip something and read something: the agreement is not two constant answers.
  expect(byFunction).toContain(true);
  expect(byFunction).toContain(false);
});
