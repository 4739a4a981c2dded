import type { Page } from 'puppeteer-core';
import { HOST_SELECTOR } from '../../../utils/page/host-tag';
import { delay } from '../support/firefox';

/** A CRM fixture page in Firefox, with the send buttons the content script adds. */
/** Numbers of tests/fixtures/crm/pages/list.html in three layouts: a tel: link, text, a foreign number. */
export const LIST_SAMPLE = ['639171234567', '14155550132', '442079460018'];

export class FirefoxCrmPage {
  constructor(readonly page: Page) {}

  /** The numbers that have a send button, in document order (open shadow roots included). */
  markedNumbers(): Promise<string[]> {
    return this.page.evaluate((selector) => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches(selector)) found.push(element.getAttribute('data-sms-to') ?? '');
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      return found;
    }, HOST_SELECTOR);
  }

  /** Waits until every one of `digits` has its button; gives all marked numbers. */
  async waitForButtons(digits: string[], timeoutMs = 10_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let marked: string[] = [];
    while (Date.now() < deadline) {
      marked = await this.markedNumbers();
      if (digits.every((number) => marked.includes(number))) return marked;
      await delay(100);
    }
    throw new Error(
      `Buttons for ${digits.join(', ')} did not appear; marked: ${marked.join(', ')}`,
    );
  }

  /** Waits until the page has no send button left. */
  async waitForNoButtons(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let marked = await this.markedNumbers();
    while (marked.length > 0) {
      if (Date.now() > deadline) throw new Error(`Buttons stayed for ${marked.join(', ')}`);
      await delay(100);
      marked = await this.markedNumbers();
    }
  }

  /** A real, trusted mouse click in the middle of a number's button. */
  async clickButton(digits: string): Promise<void> {
    const host = await this.page.$(`${HOST_SELECTOR}[data-sms-to="${digits}"]`);
    const box = await host?.boundingBox();
    if (!box) throw new Error(`The button for ${digits} is not visible.`);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}
