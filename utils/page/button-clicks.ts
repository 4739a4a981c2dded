import { isGenuineClick } from './click-guard';
import { isOwnHost } from './host-tag';

/**
 * One click listener for every button, in the capture phase on the window: it finds the host in
 * the event's path (through the page's open shadow roots), takes the number from the extension's
 * own records, never from the host's attribute (the page can change that), and keeps the click
 * from the page's handlers. A host the extension did not make has no number and is ignored.
 */
export function listenForButtonClicks(
  target: Window,
  digitsOf: (host: Element) => string | undefined,
  onActivate: (digits: string) => void,
  signal: AbortSignal,
): void {
  target.addEventListener(
    'click',
    (event) => {
      const host = event.composedPath().find((node) => isOwnHost(node as Node)) as
        | Element
        | undefined;
      const digits = host && digitsOf(host);
      if (!host || !digits) return;
      event.preventDefault();
      event.stopPropagation();
      if (isGenuineClick(event, host)) onActivate(digits);
    },
    { capture: true, signal },
  );
}
