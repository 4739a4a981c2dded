import { browser } from 'wxt/browser';

export type HostAccess = { granted: true } | { granted: false; reason: string };

/**
 * Asks for access to a custom API server. Call it synchronously from the click handler, before any
 * other await: browsers accept permissions.request only during a user gesture (Firefox only in the
 * handler's first synchronous part). An already granted origin resolves at once without a prompt.
 * `retryAction` names the button to press again, e.g. "Save".
 */
export function requestHostAccess(
  originPattern: string,
  serverOrigin: string,
  retryAction: string,
): Promise<HostAccess> {
  const refused: HostAccess = {
    granted: false,
    reason: `Without access to ${serverOrigin} the extension cannot reach that server. Click ${retryAction} again and allow it.`,
  };
  let request: Promise<boolean>;
  try {
    request = browser.permissions.request({ origins: [originPattern] });
  } catch {
    return Promise.resolve(refused);
  }
  // A rejection means the browser would not even ask (e.g. a host the manifest does not list).
  return request.then(
    (granted): HostAccess => (granted ? { granted: true } : refused),
    (): HostAccess => refused,
  );
}
