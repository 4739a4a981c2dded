import type { KeyboardEvent } from 'react';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How the keyboard shortcut for Send is written on this computer. */
export const SEND_SHORTCUT = IS_MAC ? '⌘+Enter' : 'Ctrl+Enter';

/** The same shortcut for assistive technology (aria-keyshortcuts). */
export const SEND_KEYSHORTCUTS = IS_MAC ? 'Meta+Enter' : 'Control+Enter';

/** Ctrl+Enter, or Cmd+Enter on a Mac: the one keyboard way to send, so a stray Enter never does. */
export function isSendShortcut(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  );
}
