import { describe, expect, it } from 'vitest';
import { type ClickLike, type HostLike, isGenuineClick } from '@/utils/page/click-guard';

function hostAt(topmost: 'self' | 'other' | 'nothing', visible = true): HostLike {
  const host: HostLike = {
    getRootNode: () => ({
      elementFromPoint: () =>
        topmost === 'self'
          ? (host as unknown as Element)
          : topmost === 'other'
            ? ({} as Element)
            : null,
    }),
    checkVisibility: () => visible,
  };
  return host;
}

const pointerClick: ClickLike = { isTrusted: true, detail: 1, clientX: 10, clientY: 20 };
const keyboardClick: ClickLike = { isTrusted: true, detail: 0, clientX: 0, clientY: 0 };

describe('isGenuineClick', () => {
  it('accepts a trusted click on the visible, topmost button', () => {
    expect(isGenuineClick(pointerClick, hostAt('self'))).toBe(true);
  });

  it('refuses a click made by a script (click(), dispatchEvent)', () => {
    expect(isGenuineClick({ ...pointerClick, isTrusted: false }, hostAt('self'))).toBe(false);
    expect(isGenuineClick({ ...keyboardClick, isTrusted: false }, hostAt('self'))).toBe(false);
  });

  it('refuses a click where something else is on top of the button', () => {
    expect(isGenuineClick(pointerClick, hostAt('other'))).toBe(false);
    expect(isGenuineClick(pointerClick, hostAt('nothing'))).toBe(false);
  });

  it('refuses a click on a button made see-through', () => {
    expect(isGenuineClick(pointerClick, hostAt('self', false))).toBe(false);
    expect(isGenuineClick(keyboardClick, hostAt('self', false))).toBe(false);
  });

  it('accepts the keyboard (Enter or Space on the focused button) without a hit test', () => {
    expect(isGenuineClick(keyboardClick, hostAt('other'))).toBe(true);
  });

  it('refuses a pointer click when the root cannot hit-test', () => {
    const detached: HostLike = { getRootNode: () => ({}) as Node };
    expect(isGenuineClick(pointerClick, detached)).toBe(false);
  });
});
