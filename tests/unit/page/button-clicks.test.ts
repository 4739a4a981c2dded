import { describe, expect, it, vi } from 'vitest';
import { listenForButtonClicks } from '@/utils/page/button-clicks';

type Listener = (event: Event) => void;

function setup(digits: string | undefined) {
  let listener: Listener | undefined;
  let options: AddEventListenerOptions | undefined;
  const target = {
    addEventListener: (type: string, handler: Listener, given: AddEventListenerOptions) => {
      expect(type).toBe('click');
      listener = handler;
      options = given;
    },
  } as unknown as Window;
  const host = {
    nodeName: 'ES-CLICK-TO-SMS',
    getRootNode: () => ({ elementFromPoint: () => host }),
  };
  const activated: string[] = [];
  const controller = new AbortController();
  listenForButtonClicks(
    target,
    () => digits,
    (to) => activated.push(to),
    controller.signal,
  );
  const click = (init: Partial<MouseEvent> & { path?: object[] }) => {
    const event = {
      isTrusted: true,
      detail: 1,
      clientX: 5,
      clientY: 5,
      composedPath: () => init.path ?? [host, { nodeName: 'TD' }, { nodeName: '#document' }],
      preventDefault: vi.fn(),
      stopPropagation: vi.fn(),
      ...init,
    };
    listener?.(event as unknown as Event);
    return event;
  };
  return { click, activated, options: () => options, signal: controller.signal };
}

describe('listenForButtonClicks', () => {
  it('listens once, in the capture phase, until the signal aborts', () => {
    const { options, signal } = setup('639171234567');
    expect(options()).toEqual({ capture: true, signal });
  });

  it('opens the composer for a genuine click, with the digits it recorded, and hides the click from the page', () => {
    const { click, activated } = setup('639171234567');
    const event = click({});
    expect(activated).toEqual(['639171234567']);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.stopPropagation).toHaveBeenCalled();
  });

  it('does nothing for an untrusted click, yet keeps it from the page', () => {
    const { click, activated } = setup('639171234567');
    const event = click({ isTrusted: false });
    expect(activated).toEqual([]);
    expect(event.stopPropagation).toHaveBeenCalled();
  });

  it('leaves alone clicks elsewhere and hosts it did not make', () => {
    const elsewhere = setup('639171234567');
    const event = elsewhere.click({ path: [{ nodeName: 'A' }, { nodeName: '#document' }] });
    expect(event.preventDefault).not.toHaveBeenCalled();
    const forged = setup(undefined);
    const forgedEvent = forged.click({});
    expect(forged.activated).toEqual([]);
    expect(forgedEvent.preventDefault).not.toHaveBeenCalled();
  });
});
