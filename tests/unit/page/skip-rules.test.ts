import { describe, expect, it } from 'vitest';
import { isSkippedElement } from '@/utils/page/skip-rules';

const element = (localName: string, attributes: Record<string, string> = {}) => ({
  localName,
  getAttribute: (name: string): string | null => attributes[name] ?? null,
});

describe('isSkippedElement', () => {
  it.each([
    'script',
    'style',
    'noscript',
    'template',
    'textarea',
    'input',
    'select',
    'option',
    'code',
    'pre',
    'kbd',
    'samp',
    'svg',
    'iframe',
  ])('skips <%s>', (name) => {
    expect(isSkippedElement(element(name))).toBe(true);
  });

  it.each(['div', 'span', 'td', 'a', 'p', 'b', 'lightning-formatted-phone', 'button', 'label'])(
    'reads <%s>',
    (name) => {
      expect(isSkippedElement(element(name))).toBe(false);
    },
  );

  it.each(['', 'true', 'TRUE', 'plaintext-only'])('skips contenteditable="%s"', (value) => {
    expect(isSkippedElement(element('div', { contenteditable: value }))).toBe(true);
  });

  it('reads contenteditable="false" (a read-only island)', () => {
    expect(isSkippedElement(element('div', { contenteditable: 'false' }))).toBe(false);
    expect(isSkippedElement(element('div', { contenteditable: 'False' }))).toBe(false);
  });

  it('skips ARIA text boxes (editors built without contenteditable on the outer element)', () => {
    expect(isSkippedElement(element('div', { role: 'textbox' }))).toBe(true);
    expect(isSkippedElement(element('div', { role: 'TextBox' }))).toBe(true);
    expect(isSkippedElement(element('div', { role: 'button' }))).toBe(false);
  });
});

describe('isSkippedElement, fast path', () => {
  it('does not read attributes of an element that has none', () => {
    const getAttribute = (): string | null => {
      throw new Error('read an attribute');
    };
    expect(isSkippedElement({ localName: 'td', getAttribute, hasAttributes: () => false })).toBe(
      false,
    );
    expect(isSkippedElement({ localName: 'pre', getAttribute, hasAttributes: () => false })).toBe(
      true,
    );
  });
});
