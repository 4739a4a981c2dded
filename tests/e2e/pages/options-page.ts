import type { BrowserContext, Locator, Page } from '@playwright/test';

export type OptionsForm = {
  apiKey?: string;
  orgId?: string;
  senderId?: string;
  /** Typed into the country filter, then Enter picks the first match. */
  countrySearch?: string;
  recipients?: 'Create or update contacts' | "Don't create contacts";
  pace?: string;
  apiUrl?: string;
};

/** The options page, found the way a user or a screen reader finds it: by labels and roles. */
export class OptionsPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    query = '',
  ): Promise<OptionsPage> {
    const page = await context.newPage();
    const options = new OptionsPage(page, extensionId);
    await options.goto(query);
    return options;
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html${query}`);
    await this.saveButton.waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.saveButton.waitFor();
  }

  get apiKey(): Locator {
    return this.page.getByLabel('API key', { exact: true });
  }
  get showKeyButton(): Locator {
    return this.page.getByRole('button', { name: /^(Show|Hide)$/ });
  }
  get forgetKeyButton(): Locator {
    return this.page.getByRole('button', { name: 'Forget key' });
  }
  get orgId(): Locator {
    return this.page.getByLabel('Organization ID', { exact: true });
  }
  get senderId(): Locator {
    return this.page.getByLabel('Sender ID', { exact: true });
  }
  get defaultCountry(): Locator {
    return this.page.getByLabel('Default country', { exact: true });
  }
  get countryFilter(): Locator {
    return this.page.getByRole('searchbox', { name: /Find a country/ });
  }
  recipients(name: NonNullable<OptionsForm['recipients']>): Locator {
    return this.page.getByRole('group', { name: 'Recipients' }).getByLabel(name, { exact: true });
  }
  get pace(): Locator {
    return this.page.getByLabel('Messages per number per minute', { exact: true });
  }
  get advanced(): Locator {
    return this.page.locator('details', {
      has: this.page.locator('summary', { hasText: 'Advanced' }),
    });
  }
  get apiUrl(): Locator {
    return this.page.getByLabel('API URL', { exact: true });
  }
  get quietHoursOn(): Locator {
    return this.page.getByRole('checkbox', { name: 'Send only between' });
  }
  get quietHoursStart(): Locator {
    return this.page.getByLabel('Window opens at');
  }
  get quietHoursEnd(): Locator {
    return this.page.getByLabel('Window closes at');
  }
  get optOuts(): Locator {
    return this.page.getByRole('list', { name: 'Opted-out numbers' });
  }
  /** One opted-out number's entry, by the number as shown ("+63 917 777 7777"). */
  optOut(shown: string): Locator {
    return this.optOuts.getByRole('listitem', { name: shown });
  }
  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }
  get testButton(): Locator {
    return this.page.getByRole('button', { name: 'Test connection' });
  }
  /** Success and progress messages (polite live regions). */
  get statuses(): Locator {
    return this.page.getByRole('status');
  }
  /** Warnings and failures (assertive live regions). */
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  async openAdvanced(): Promise<void> {
    if (!(await this.advanced.evaluate((details) => (details as HTMLDetailsElement).open))) {
      await this.page.locator('summary', { hasText: 'Advanced' }).click();
    }
  }

  async fill(form: OptionsForm): Promise<void> {
    if (form.apiKey !== undefined) await this.apiKey.fill(form.apiKey);
    if (form.orgId !== undefined) await this.orgId.fill(form.orgId);
    if (form.senderId !== undefined) await this.senderId.fill(form.senderId);
    if (form.countrySearch !== undefined) {
      await this.countryFilter.fill(form.countrySearch);
      await this.countryFilter.press('Enter');
    }
    if (form.recipients !== undefined) await this.recipients(form.recipients).check();
    if (form.pace !== undefined) await this.pace.fill(form.pace);
    if (form.apiUrl !== undefined) {
      await this.openAdvanced();
      await this.apiUrl.fill(form.apiUrl);
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** The key as stored in the extension origin's IndexedDB (test-only look behind the page). */
  async storedApiKey(): Promise<string | undefined> {
    return this.page.evaluate(
      () =>
        new Promise<string | undefined>((resolve, reject) => {
          const request = indexedDB.open('click-to-sms-secrets', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('secrets');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction('secrets').objectStore('secrets').get('apiKey');
            get.onsuccess = () => {
              db.close();
              resolve(get.result as string | undefined);
            };
            get.onerror = () => reject(get.error);
          };
        }),
    );
  }
}

/**
 * Grants an optional host permission the way a user does on chrome://extensions ("Site access":
 * add a site), through the page's own chrome.developerPrivate API. Afterwards the extension's
 * permissions.request for that origin resolves `true` at once, without the prompt that headless
 * Chromium cannot show or answer. It still must be called from a user gesture, so the page's real
 * request path is exercised.
 */
export async function grantHostAccessLikeAUser(
  context: BrowserContext,
  extensionId: string,
  originPattern: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extensionId}`);
    const error = await page.evaluate(
      ([id, pattern]) =>
        new Promise<string | undefined>((resolve) => {
          // chrome.developerPrivate exists only on chrome://extensions, so it is not in @types/chrome.
          const api = (chrome as unknown as DeveloperPrivateHolder).developerPrivate;
          api.addHostPermission(id, pattern, () => resolve(chrome.runtime.lastError?.message));
        }),
      [extensionId, originPattern] as const,
    );
    if (error) throw new Error(`Could not grant ${originPattern}: ${error}`);
  } finally {
    await page.close();
  }
}

type DeveloperPrivateHolder = {
  developerPrivate: {
    addHostPermission(extensionId: string, host: string, callback: () => void): void;
  };
};
