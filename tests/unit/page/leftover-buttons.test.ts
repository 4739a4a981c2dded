// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { removeLeftoverButtons } from '@/utils/page/leftover-buttons';
import { nodesFrom, setBody } from './html';

it('removes every send button host, in the page and in open shadow roots, and nothing else', () => {
  setBody(
    '<p>+63 917 123 4567<es-click-to-sms data-sms-to="639171234567"></es-click-to-sms></p><div id="shadow-host"></div>',
  );
  const shadow = document.getElementById('shadow-host')?.attachShadow({ mode: 'open' });
  if (!shadow) throw new Error('no shadow root');
  shadow.append(...nodesFrom('<span>0917 123 4567<es-click-to-sms></es-click-to-sms></span>'));

  expect(removeLeftoverButtons(document)).toBe(2);
  expect(document.querySelectorAll('es-click-to-sms')).toHaveLength(0);
  expect(shadow.querySelectorAll('es-click-to-sms')).toHaveLength(0);
  expect(document.body.textContent).toBe('+63 917 123 4567');
  expect(shadow.textContent).toBe('0917 123 4567');
});
