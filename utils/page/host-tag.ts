/**
 * The element that carries one button: a plain `<span>`. A custom element name, however unusual,
 * can be defined by the page (before or after the content script runs) and the page's class then
 * upgrades the host and gets its closed shadow root through `attachInternals()`. A built-in element
 * created without `is` is never upgraded and has no internals, so the page gets no way in.
 * Never select by this name alone (every span would match): use HOST_SELECTOR.
 */
export const HOST_ELEMENT = 'span';

/** The attribute that carries the digits (for people and tests; clicks never read it). */
export const HOST_ATTRIBUTE = 'data-sms-to';

/** Every button host on a page, for `querySelectorAll` (the page can forge one: never trust it). */
export const HOST_SELECTOR = `${HOST_ELEMENT}[${HOST_ATTRIBUTE}]`;

/** What the extension keeps of each host it made; the page can reach none of it. */
export type OwnParts = { readonly shadow: ShadowRoot; readonly button: HTMLButtonElement };

/**
 * The hosts this content script made. A span is ordinary, so a host is recognised by identity, not
 * by its name: a span the page makes, even with `data-sms-to`, is not one of ours.
 */
const ownHosts = new WeakMap<object, OwnParts>();

export function registerOwnHost(host: Element, parts: OwnParts): void {
  ownHosts.set(host, parts);
}

/** True for the extension's own button hosts, which the observer and the click listener know. */
export function isOwnHost(node: object): boolean {
  return ownHosts.has(node);
}

/** The closed shadow root and the button of one of our hosts. */
export function ownParts(host: object): OwnParts | undefined {
  return ownHosts.get(host);
}
