import type { ValidNumber } from '@/utils/detect/phone-validity';
import { applyButtonStyle } from './button-style';
import { HOST_ATTRIBUTE, HOST_ELEMENT, registerOwnHost } from './host-tag';

/**
 * A host element carrying `data-sms-to`, with a closed shadow root holding one labelled button
 * (host-tag.ts says why the host is a plain span).
 * The icon is drawn in CSS (button-style.ts), so each button is a single element: thousands of
 * them stay cheap to create and to lay out. Clicks are handled in one place (button-clicks.ts).
 */
export function createPhoneButton(document: Document, number: ValidNumber): HTMLElement {
  const host = document.createElement(HOST_ELEMENT);
  host.setAttribute(HOST_ATTRIBUTE, number.digits);
  const shadow = host.attachShadow({ mode: 'closed' });
  applyButtonStyle(shadow, document);
  const button = document.createElement('button');
  button.type = 'button';
  const label = `Send SMS to ${number.display}`;
  button.setAttribute('aria-label', label);
  button.title = label;
  shadow.append(button);
  registerOwnHost(host, { shadow, button });
  return host;
}
