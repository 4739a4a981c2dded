import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * The settings page in Firefox, found as a user or a screen reader finds it: by accessible names
 * (puppeteer's `::-p-aria`, answered by Firefox's accessibility tree over WebDriver BiDi).
 */
export class FirefoxOptionsPage {
  constructor(readonly page: Page) {}

  /** The form control labelled `label` (a password field has no textbox role, so no role here). */
  async field(label: string): Promise<ElementHandle> {
    await this.find(`::-p-aria(${label})`);
    for (const handle of await this.page.$$(`::-p-aria(${label})`)) {
      if (await handle.evaluate((element) => element.matches('input, textarea, select'))) {
        return handle;
      }
    }
    throw new Error(`No form control labelled ${label}`);
  }

  button(name: string): Promise<ElementHandle> {
    return this.find(`::-p-aria([name="${name}"][role="button"])`);
  }

  async fill(values: { apiKey?: string; orgId?: string }): Promise<void> {
    if (values.apiKey !== undefined) await (await this.field('API key')).type(values.apiKey);
    if (values.orgId !== undefined) await (await this.field('Organization ID')).type(values.orgId);
  }

  async save(): Promise<void> {
    await (await this.button('Save')).click();
  }

  /** Waits until some element's text contains `text`, and returns that text. */
  async waitForText(text: string, timeout = 10_000): Promise<string> {
    const handle = await this.page.waitForSelector(`::-p-text(${text})`, { timeout });
    return (await handle?.evaluate((element) => element.textContent ?? '')) ?? '';
  }

  private async find(selector: string): Promise<ElementHandle> {
    const handle = await this.page.waitForSelector(selector, { timeout: 10_000 });
    if (!handle) throw new Error(`Not on the page: ${selector}`);
    return handle;
  }
}
