import { describe, expect, it } from 'vitest';
import {
  type ClickFacts,
  type ClickLike,
  type HostLike,
  isGenuineClick,
} from '@/utils/page/click-guard';

/** A 20×16 button at (100, 200), with `topmost` answering a hit test at any point inside it. */
function hostAt(topmost: 'self' | 'other' | 'nothing'): HostLike {
  const host: HostLike = {
    getRootNode: () => ({
      elementFromPoint: (x: number, y: number) => {
        const inside = x >= 100 && x < 120 && y >= 200 && y < 216;
        if (!inside || topmost === 'nothing') return null;
        return topmost === 'self' ? (host as unknown as Element) : ({} as Element);
      },
    }),
    getBoundingClientRect: () => ({ x: 100, y: 200, width: 20, height: 16 }),
  };
  return host;
}

const pointerClick: ClickLike = { isTrusted: true, detail: 1, clientX: 110, clientY: 208 };
const keyboardClick: ClickLike = { isTrusted: true, detail: 0, clientX: 0, clientY: 0 };
const seen: ClickFacts = { style: 'visible', observerDecides: false, buttonFocused: true };

describe('isGenuineClick', () => {
  it('accepts a trusted click on the visible, topmost button', () => {
    expect(isGenuineClick(pointerClick, hostAt('self'), seen)).toBe(true);
  });

  it('refuses a click made by a script (click(), dispatchEvent)', () => {
    expect(isGenuineClick({ ...pointerClick, isTrusted: false }, hostAt('self'), seen)).toBe(false);
    expect(isGenuineClick({ ...keyboardClick, isTrusted: false }, hostAt('self'), seen)).toBe(
      false,
    );
  });

  it('refuses a click where something else is on top of the button', () => {
    expect(isGenuineClick(pointerClick, hostAt('other'), seen)).toBe(false);
    expect(isGenuineClick(pointerClick, hostAt('nothing'), seen)).toBe(false);
  });

  it('refuses a click on a button whose styles hide it, by mouse or by keyboard', () => {
    const hidden = { ...seen, style: 'hidden' as const };
    expect(isGenuineClick(pointerClick, hostAt('self'), hidden)).toBe(false);
    expect(isGenuineClick(keyboardClick, hostAt('self'), hidden)).toBe(false);
  });

  it('leaves a frame of another origin to IntersectionObserver v2, and refuses it without one', () => {
    const unknown = { ...seen, style: 'unknown' as const };
    expect(isGenuineClick(pointerClick, hostAt('self'), unknown)).toBe(false);
    expect(
      isGenuineClick(pointerClick, hostAt('self'), { ...unknown, observerDecides: true }),
    ).toBe(true);
  });

  it('accepts the keyboard on the focused button, on screen and topmost at its centre', () => {
    expect(isGenuineClick(keyboardClick, hostAt('self'), seen)).toBe(true);
  });

  it('refuses the keyboard when the button itself does not have focus (an accesskey on the host)', () => {
    expect(isGenuineClick(keyboardClick, hostAt('self'), { ...seen, buttonFocused: false })).toBe(
      false,
    );
  });

  it('refuses the keyboard on a focused button that is covered or off screen', () => {
    expect(isGenuineClick(keyboardClick, hostAt('other'), seen)).toBe(false);
    expect(isGenuineClick(keyboardClick, hostAt('nothing'), seen)).toBe(false);
  });

  it('refuses a click when the root cannot hit-test', () => {
    const detached: HostLike = {
      getRootNode: () => ({}) as Node,
      getBoundingClientRect: () => ({ x: 0, y: 0, width: 20, height: 16 }),
    };
    expect(isGenuineClick(pointerClick, detached, seen)).toBe(false);
    expect(isGenuineClick(keyboardClick, detached, seen)).toBe(false);
  });
});
