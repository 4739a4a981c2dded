import type { BrowserContext, Locator, Page } from '@playwright/test';
import { readDbEntries } from '../support/extension-db';

export type ComposerForm = {
  phone?: string;
  contactId?: string;
  from?: string;
  message?: string;
};

/** The composer (popup.html), found the way a user or a screen reader finds it: by labels and roles. */
export class ComposerPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    query = '',
  ): Promise<ComposerPage> {
    const page = await context.newPage();
    const composer = new ComposerPage(page, extensionId);
    await composer.goto(query);
    return composer;
  }

  url(query = ''): string {
    return `chrome-extension://${this.extensionId}/popup.html${query}`;
  }

  /** Opens the composer and waits until it shows its form (or says what is missing). */
  async goto(query = ''): Promise<void> {
    await this.page.goto(this.url(query));
    await this.page
      .getByRole('tab', { name: 'Compose' })
      .or(this.page.getByText('Not set up yet'))
      .waitFor();
  }

  get sendToPhone(): Locator {
    return this.page
      .getByRole('group', { name: 'Send to' })
      .getByRole('radio', { name: 'Phone number' });
  }
  get sendToContact(): Locator {
    return this.page
      .getByRole('group', { name: 'Send to' })
      .getByRole('radio', { name: 'Contact ID' });
  }
  get phone(): Locator {
    return this.page.getByRole('textbox', { name: 'Phone number' });
  }
  get contactId(): Locator {
    return this.page.getByRole('textbox', { name: 'Contact ID' });
  }
  get from(): Locator {
    return this.page.getByRole('textbox', { name: 'From' });
  }
  get message(): Locator {
    return this.page.getByRole('textbox', { name: 'Message' });
  }
  get counter(): Locator {
    return this.page.locator('#message-counter');
  }
  get sendButton(): Locator {
    return this.page.getByRole('button', { name: 'Send', exact: true });
  }
  get composeTab(): Locator {
    return this.page.getByRole('tab', { name: 'Compose' });
  }
  get historyTab(): Locator {
    return this.page.getByRole('tab', { name: 'History' });
  }
  /** Who the recipient is, under the recipient. */
  get contactLine(): Locator {
    return this.page.getByTestId('contact-line');
  }
  /** The thread with the recipient's number. */
  get conversation(): Locator {
    return this.page.getByRole('log', { name: 'Conversation' });
  }
  /** The History tab: one line per conversation. */
  get history(): Locator {
    return this.page.getByRole('list', { name: 'Conversations' });
  }
  historyEntry(recipient: string): Locator {
    return this.history.getByRole('listitem', { name: recipient });
  }
  get statuses(): Locator {
    return this.page.getByRole('status');
  }
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }
  /** The result that took the Send button's place. */
  get result(): Locator {
    return this.page.locator('.send-area .result');
  }
  /** What the composer says before Send ("Before you send"). */
  get warnings(): Locator {
    return this.page.getByRole('list', { name: 'Before you send' });
  }
  get sendAnyway(): Locator {
    return this.page.getByRole('button', { name: 'Send now anyway' });
  }
  get confirmSendAnyway(): Locator {
    return this.page.getByRole('button', { name: 'Yes, send now' });
  }
  get templatesButton(): Locator {
    return this.page.getByRole('button', { name: /^Templates/ });
  }
  get templateName(): Locator {
    return this.page.getByRole('textbox', { name: 'Template name' });
  }

  async fill(form: ComposerForm): Promise<void> {
    if (form.phone !== undefined) {
      await this.sendToPhone.check();
      await this.phone.fill(form.phone);
    }
    if (form.contactId !== undefined) {
      await this.sendToContact.check();
      await this.contactId.fill(form.contactId);
    }
    if (form.from !== undefined) await this.from.fill(form.from);
    if (form.message !== undefined) await this.message.fill(form.message);
  }

  async send(): Promise<void> {
    await this.sendButton.click();
  }

  /** Clicks Send at once if it is there, without Playwright's wait for a stable element. */
  async clickSendNow(): Promise<void> {
    await this.page.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('button')];
      buttons.find((button) => button.textContent === 'Send')?.click();
    });
  }

  /** The draft written last (this composer's, once it stored a change), as stored. */
  async storedDraft(): Promise<Record<string, unknown> | undefined> {
    return (await this.storedDrafts())[0];
  }

  /** Every stored draft, newest first. */
  async storedDrafts(): Promise<Record<string, unknown>[]> {
    const { drafts } = await this.page.evaluate(readDbEntries, ['drafts']);
    const list = (Array.isArray(drafts) ? drafts : []) as { updatedAt: number }[];
    return [...list].sort((a, b) => b.updatedAt - a.updatedAt) as Record<string, unknown>[];
  }

  /** The mark on text the user did not write. */
  get suggestedNote(): Locator {
    return this.page.getByText('Suggested text: you did not write this.');
  }

  /** The one extra question before suggested text is sent. */
  get confirmSuggested(): Locator {
    return this.page.getByRole('region', { name: 'Send text you did not write?' });
  }
}
