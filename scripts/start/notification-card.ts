import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_PATH } from '../../tests/e2e/fixtures';

export type NotificationCard = {
  id: string;
  title: string;
  message: string;
};

/** Static markup only: the texts are put in with textContent afterwards. */
const CARD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
body { margin: 0; padding: 24px; background: #e9edf2; font: 14px/1.45 system-ui, Arial, sans-serif; }
.caption { margin: 0 0 12px; color: #5f6b7a; font-size: 12px; max-width: 420px; }
.card { display: flex; gap: 14px; width: 420px; padding: 14px 16px; background: #fff; color: #1b1f24;
  border-radius: 10px; box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); }
.card img { width: 48px; height: 48px; flex: none; }
.source { color: #5f6b7a; font-size: 12px; }
.title { font-weight: 600; margin: 2px 0; }
.id { margin: 12px 0 0; color: #5f6b7a; font: 11px/1.4 ui-monospace, monospace; }
</style></head><body>
<p class="caption"></p>
<div class="card"><img alt=""><div>
<div class="source"></div><div class="title"></div><div class="message"></div>
</div></div>
<p class="id"></p>
</body></html>`;

/**
 * Headless Chromium draws notifications nowhere, so this draws the one the extension created as a
 * card, captioned as a rendering, and returns the page for a screenshot.
 */
export async function renderNotificationCard(
  context: BrowserContext,
  card: NotificationCard,
  screenshotPath: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 468, height: 220 });
    await page.setContent(CARD_PAGE);
    const icon = readFileSync(path.join(EXTENSION_PATH, 'icon/128.png')).toString('base64');
    const texts: [string, string][] = [
      [
        '.caption',
        "A rendering of the notification's text: headless Chromium shows notifications nowhere on screen.",
      ],
      ['.source', 'engageSPARK Click-to-SMS'],
      ['.title', card.title],
      ['.message', card.message],
      ['.id', `chrome.notifications id: ${card.id}`],
    ];
    // No named functions inside: the page would not know tsx's __name helper.
    await page.evaluate(
      ({ texts, icon }) => {
        for (const [selector, text] of texts) {
          const element = document.querySelector(selector);
          if (element) element.textContent = text;
        }
        document.querySelector('img')?.setAttribute('src', `data:image/png;base64,${icon}`);
      },
      { texts, icon },
    );
    await page.screenshot({ path: screenshotPath, fullPage: true });
  } finally {
    await page.close();
  }
}
