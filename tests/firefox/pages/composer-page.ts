import type { ElementHandle, Page } from 'puppeteer-core';

/** The composer (popup.html), found by accessible names as a user or a screen reader finds it. */
export class FirefoxComposerPage {
  constructor(readonly page: Page) {}

  textbox(name: string): Promise<ElementHandle | null> {
    return this.page.waitForSelector(`::-p-aria([name="${name}"][role="textbox"])`, {
      timeout: 10_000,
    });
  }

  button(name: string): Promise<ElementHandle | null> {
    return this.page.waitForSelector(`::-p-aria([name="${name}"][role="button"])`, {
      timeout: 10_000,
    });
  }

  async write({ to, message }: { to: string; message: string }): Promise<void> {
    await (await this.textbox('Phone number'))?.type(to);
    await (await this.textbox('Message'))?.type(message);
  }

  /** Clicks Send twice in a row, as an impatient user does: still one SMS. */
  async doubleClickSend(): Promise<void> {
    const send = await this.button('Send');
    if (!send) throw new Error('No Send button.');
    await send.click({ count: 2 });
  }
}
