import type { ElementHandle, Page } from 'puppeteer-core';

/** The composer (popup.html), found by accessible names as a user or a screen reader finds it. */
export class FirefoxComposerPage {
  constructor(readonly page: Page) {}

  textbox(name: string): Promise<ElementHandle> {
    return this.find(`::-p-aria([name="${name}"][role="textbox"])`);
  }

  button(name: string): Promise<ElementHandle> {
    return this.find(`::-p-aria([name="${name}"][role="button"])`);
  }

  /** The digits of the number the composer shows, once the background's prefill has filled it in. */
  async shownDigits(): Promise<string> {
    const phone = await this.textbox('Phone number');
    await this.page.waitForFunction(
      (input) => (input as HTMLInputElement).value !== '',
      { timeout: 10_000 },
      phone,
    );
    const value = await phone.evaluate((input) => (input as HTMLInputElement).value);
    return value.replace(/\D/g, '');
  }

  async write({ to, message }: { to: string; message: string }): Promise<void> {
    await (await this.textbox('Phone number')).type(to);
    await (await this.textbox('Message')).type(message);
  }

  /** The text of the line under the recipient that says who it is, once it says something. */
  async contactLine(): Promise<string> {
    await this.page.waitForFunction(
      () => (document.querySelector('[data-testid="contact-line"]')?.textContent ?? '') !== '',
      { timeout: 10_000 },
    );
    return this.page.$eval('[data-testid="contact-line"]', (line) => line.textContent ?? '');
  }

  /** The text of the Conversation log once it contains `text`. */
  async conversationWith(text: string): Promise<string> {
    const log = await this.find('::-p-aria([name="Conversation"][role="log"])');
    await this.page.waitForFunction(
      (element, wanted) => (element.textContent ?? '').includes(wanted),
      { timeout: 15_000 },
      log,
      text,
    );
    return log.evaluate((element) => element.textContent ?? '');
  }

  async clickSend(): Promise<void> {
    await (await this.button('Send')).click();
  }

  /** Clicks Send twice in a row, as an impatient user does: still one SMS. */
  async doubleClickSend(): Promise<void> {
    await (await this.button('Send')).click({ count: 2 });
  }

  private async find(selector: string): Promise<ElementHandle> {
    const handle = await this.page.waitForSelector(selector, { timeout: 10_000 });
    if (!handle) throw new Error(`Not on the page: ${selector}`);
    return handle;
  }
}
