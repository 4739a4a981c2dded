import { describe, expect, it } from 'vitest';
import { BUTTON_CSS } from '@/utils/page/button-style';

describe('the button style', () => {
  it('positions nothing: a positioned box is a paint layer, which every hit test and paint visits', () => {
    const positions = [...BUTTON_CSS.matchAll(/position\s*:\s*([a-z-]+)/g)].map(
      ([, value]) => value,
    );
    // The host's own `position: static !important` keeps a page rule from positioning it.
    expect(positions).toEqual(['static']);
    expect(BUTTON_CSS).not.toMatch(/\b(?:will-change|contain|isolation)\s*:/);
  });
});
