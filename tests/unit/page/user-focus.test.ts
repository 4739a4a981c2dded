import { describe, expect, it } from 'vitest';
import { trackUserFocus } from '@/utils/page/user-focus';

type Listener = (event: Event) => void;

function setup() {
  const listeners = new Map<string, Listener>();
  const target = {
    addEventListener: (type: string, handler: Listener) => listeners.set(type, handler),
  } as unknown as Window;
  const host = {} as Element;
  const isUserFocused = trackUserFocus(
    target,
    (event) => ((event as { onHost?: boolean }).onHost ? host : undefined),
    new AbortController().signal,
  );
  const fire = (type: string, init: object): void =>
    listeners.get(type)?.({
      isTrusted: true,
      eventPhase: 0,
      defaultPrevented: false,
      ...init,
    } as unknown as Event);
  return { fire, target, isFocused: () => isUserFocused(host) };
}

describe('trackUserFocus', () => {
  it('counts focus that arrives as the default action of the user’s Tab or mouse press', () => {
    const tab = setup();
    tab.fire('keydown', { key: 'Tab' });
    tab.fire('focusin', { onHost: true });
    expect(tab.isFocused()).toBe(true);
    tab.fire('focusout', { onHost: true });
    expect(tab.isFocused()).toBe(false);
    const mouse = setup();
    mouse.fire('mousedown', {});
    mouse.fire('focusin', { onHost: true });
    expect(mouse.isFocused()).toBe(true);
  });

  it('refuses focus moved by a page listener during the key’s dispatch, or after it cancelled it', () => {
    const during = setup();
    during.fire('keydown', { key: 'Tab', eventPhase: 3 });
    during.fire('focusin', { onHost: true });
    expect(during.isFocused()).toBe(false);
    const cancelled = setup();
    cancelled.fire('keydown', { key: 'Tab', defaultPrevented: true });
    cancelled.fire('focusin', { onHost: true });
    expect(cancelled.isFocused()).toBe(false);
  });

  it('refuses focus with no user cause, or after the cause was spent on another focus change', () => {
    const none = setup();
    none.fire('focusin', { onHost: true });
    expect(none.isFocused()).toBe(false);
    const spent = setup();
    spent.fire('keydown', { key: 'Tab' });
    spent.fire('focusin', {});
    spent.fire('focusin', { onHost: true });
    expect(spent.isFocused()).toBe(false);
    const otherKey = setup();
    otherKey.fire('keydown', { key: 'Enter' });
    otherKey.fire('focusin', { onHost: true });
    expect(otherKey.isFocused()).toBe(false);
    const synthetic = setup();
    synthetic.fire('keydown', { key: 'Tab', isTrusted: false });
    synthetic.fire('focusin', { onHost: true });
    expect(synthetic.isFocused()).toBe(false);
  });

  it('keeps the cause through the blur of the element focus leaves, not through the window’s', () => {
    const leaving = setup();
    leaving.fire('keydown', { key: 'Tab' });
    leaving.fire('blur', { target: {} });
    leaving.fire('focusin', { onHost: true });
    expect(leaving.isFocused()).toBe(true);
    const away = setup();
    away.fire('keydown', { key: 'Tab' });
    away.fire('blur', { target: away.target });
    away.fire('focusin', { onHost: true });
    expect(away.isFocused()).toBe(false);
  });
});
