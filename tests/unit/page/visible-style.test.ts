// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { styleVerdict } from '@/utils/page/visible-style';

/** A host inside `wrapper` (happy-dom has no layout: the host is given a 20×16 box). */
function hostIn(wrapperStyle: string, size = { width: 20, height: 16 }): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', wrapperStyle);
  const host = document.createElement('span');
  host.getBoundingClientRect = () => new DOMRect(100, 200, size.width, size.height);
  wrapper.append(host);
  document.body.append(wrapper);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('styleVerdict', () => {
  it('sees a button whose ancestors are opaque and unfiltered', () => {
    expect(styleVerdict(hostIn('color: red'))).toBe('visible');
  });

  it.each([
    ['opacity: 0.001', 'almost transparent'],
    ['opacity: 0.5', 'half transparent'],
    ['filter: opacity(0)', 'filtered away'],
    ['filter: blur(20px)', 'blurred'],
    ['mask-image: linear-gradient(transparent, transparent)', 'masked'],
    ['mix-blend-mode: screen', 'blended into the background'],
  ])('refuses a button inside an element with %s (%s)', (style) => {
    expect(styleVerdict(hostIn(style))).toBe('hidden');
  });

  it('refuses a button shrunk to a speck', () => {
    expect(styleVerdict(hostIn('', { width: 2, height: 2 }))).toBe('hidden');
  });

  it('looks through the page’s open shadow roots to the elements around them', () => {
    const outer = document.createElement('div');
    outer.style.opacity = '0.01';
    const field = document.createElement('record-field');
    outer.append(field);
    document.body.append(outer);
    const root = field.attachShadow({ mode: 'open' });
    const host = document.createElement('span');
    host.getBoundingClientRect = () => new DOMRect(100, 200, 20, 16);
    root.append(host);
    expect(styleVerdict(host)).toBe('hidden');
    outer.style.opacity = '1';
    expect(styleVerdict(host)).toBe('visible');
  });
});
