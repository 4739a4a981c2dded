import type { ValidNumber } from '@/utils/detect/phone-validity';
import { applyButtonStyle } from './button-style';
import { isGenuineClick } from './click-guard';
import { HOST_TAG } from './host-tag';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A speech bubble with three dots (Material Icons "sms", Apache-2.0). */
const ICON_PATH =
  'M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM9 11H7V9h2v2zm4 0h-2V9h2v2zm4 0h-2V9h2v2z';

const templates = new WeakMap<Document, HTMLButtonElement>();

/**
 * A host element carrying `data-sms-to` with a closed shadow root holding one labelled button.
 * The number to send comes from the closure, never from the attribute, which the page can change.
 */
export function createPhoneButton(
  document: Document,
  number: ValidNumber,
  onActivate: (digits: string) => void,
): HTMLElement {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-sms-to', number.digits);
  const shadow = host.attachShadow({ mode: 'closed' });
  applyButtonStyle(shadow, document);
  const button = buttonTemplate(document).cloneNode(true) as HTMLButtonElement;
  const label = `Send SMS to ${number.display}`;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.addEventListener('click', (event) => {
    // The page never sees the click: no navigation of a surrounding link, no page handler.
    event.preventDefault();
    event.stopPropagation();
    if (isGenuineClick(event, host)) onActivate(number.digits);
  });
  shadow.append(button);
  return host;
}

function buttonTemplate(document: Document): HTMLButtonElement {
  const known = templates.get(document);
  if (known) return known;
  const button = document.createElement('button');
  button.type = 'button';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICON_PATH);
  svg.append(path);
  button.append(svg);
  templates.set(document, button);
  return button;
}
