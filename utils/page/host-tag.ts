/** The element that carries one button: a custom-element name no page is likely to use. */
export const HOST_TAG = 'es-click-to-sms';

/** True for the extension's own button hosts, which the walker and the observer pass over. */
export function isOwnHost(node: { nodeName: string }): boolean {
  return node.nodeName === 'ES-CLICK-TO-SMS';
}
