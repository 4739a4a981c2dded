import { browser } from 'wxt/browser';
import { savedRecipientReader } from '@/utils/background/saved-recipient-reader';
import { readSelectedText } from '@/utils/background/selected-text';
import { openComposerFromGesture } from '@/utils/composer/open-composer-window';
import { prefillFromText } from '@/utils/context-menu/click-to-prefill';

const OPEN_COMPOSER_COMMAND = 'open-composer';

/** The keyboard shortcut opens the composer with the number selected on the page, if any. */
export function setupShortcut(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_COMPOSER_COMMAND) return;
    void Promise.all([readSelectedText(tab?.id), savedRecipientReader()]).then(([text, reader]) =>
      openComposerFromGesture(prefillFromText(text, reader)),
    );
  });
}
