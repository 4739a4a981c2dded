// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { removeLeftoverButtons } from '@/utils/page/leftover-buttons';
import { nodesFrom, setBody } from './html';

/** A host as an earlier instance left it; happy-dom stands in for Firefox's content-script view. */
function leftoverHost(digits: string): HTMLElement {
  const host = document.createElement('span');
  host.setAttribute('data-sms-to', digits);
  const root = host.attachShadow({ mode: 'closed' });
  root.append(document.createElement('button'));
  Object.defineProperty(host, 'openOrClosedShadowRoot', { value: root });
  return host;
}

it('removes every leftover send button host, in the page and in open shadow roots, and nothing else', () => {
  setBody('<p id="number">+63 917 123 4567</p><div id="shadow-host"></div>');
  document.getElementById('number')?.append(leftoverHost('639171234567'));
  const shadow = document.getElementById('shadow-host')?.attachShadow({ mode: 'open' });
  if (!shadow) throw new Error('no shadow root');
  shadow.append(...nodesFrom('<span id="inner">0917 123 4567</span>'));
  shadow.getElementById('inner')?.append(leftoverHost('639171234567'));

  expect(removeLeftoverButtons(document)).toBe(2);
  expect(document.querySelectorAll('span[data-sms-to]')).toHaveLength(0);
  expect(shadow.querySelectorAll('span[data-sms-to]')).toHaveLength(0);
  expect(document.body.textContent).toBe('+63 917 123 4567');
  expect(shadow.textContent).toBe('0917 123 4567');
});

it("leaves the page's own spans that carry the attribute but no button of ours", () => {
  setBody('<p><span data-sms-to="639171234567">+63 917 123 4567</span></p>');
  expect(removeLeftoverButtons(document)).toBe(0);
  expect(document.querySelectorAll('span[data-sms-to]')).toHaveLength(1);
});
