// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForButtonClicks } from '@/utils/page/button-clicks';
import { ownParts } from '@/utils/page/host-tag';
import { createPhoneButton } from '@/utils/page/phone-button';

type Listener = (event: Event) => void;

const NUMBER = { digits: '639171234567', display: '+63 917 123 4567' } as Parameters<
  typeof createPhoneButton
>[1];

/** A real host in the document, 20×16 at (100, 200) and topmost there (happy-dom has no layout). */
function placedHost(): HTMLElement {
  const host = createPhoneButton(document, NUMBER);
  document.body.append(host);
  host.getBoundingClientRect = () => new DOMRect(100, 200, 20, 16);
  vi.spyOn(document, 'elementFromPoint').mockImplementation(() => host);
  return host;
}

function setup(digits: string | undefined) {
  const listeners = new Map<string, Listener>();
  let options: AddEventListenerOptions | undefined;
  const target = {
    addEventListener: (type: string, handler: Listener, given: AddEventListenerOptions) => {
      listeners.set(type, handler);
      if (type === 'click') options = given;
    },
    // No IntersectionObserver v2 here (as in Firefox): the click is decided at once.
    IntersectionObserverEntry: class {},
  } as unknown as Window & typeof globalThis;
  Object.assign(target, { parent: target });
  const host = placedHost();
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
      clientX: 110,
      clientY: 208,
      composedPath: () => init.path ?? [host, document.body, document],
      preventDefault: vi.fn(),
      stopPropagation: vi.fn(),
      ...init,
    };
    listeners.get('click')?.(event as unknown as Event);
    return event;
  };
  /** The user's Tab moving focus to the button: a finished, uncancelled keydown, then focusin. */
  const tabToButton = (): void => {
    const path = () => [host, document.body, document];
    listeners.get('keydown')?.({
      isTrusted: true,
      key: 'Tab',
      eventPhase: 0,
      defaultPrevented: false,
    } as unknown as Event);
    ownParts(host)?.button.focus();
    listeners.get('focusin')?.({ isTrusted: true, composedPath: path } as unknown as Event);
  };
  return { click, host, activated, tabToButton, options: () => options, signal: controller.signal };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('listenForButtonClicks', () => {
  it('listens in the capture phase, until the signal aborts', () => {
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

  it('takes a keyboard click only when the user moved focus to its button and the page added no attribute', () => {
    const { click, host, activated, tabToButton } = setup('639171234567');
    click({ detail: 0 });
    expect(activated).toEqual([]);
    // Focus the page put there (a modal dialog's focusing steps find the button): no.
    ownParts(host)?.button.focus();
    click({ detail: 0 });
    expect(activated).toEqual([]);
    tabToButton();
    host.setAttribute('accesskey', 'k');
    click({ detail: 0 });
    expect(activated).toEqual([]);
    host.removeAttribute('accesskey');
    click({ detail: 0 });
    expect(activated).toEqual(['639171234567']);
  });

  it('refuses a click on a button made see-through by an ancestor', () => {
    const { click, activated } = setup('639171234567');
    document.body.style.opacity = '0.001';
    click({});
    document.body.style.opacity = '';
    expect(activated).toEqual([]);
  });

  it('leaves alone clicks elsewhere, hosts it did not make and spans the page made', () => {
    const elsewhere = setup('639171234567');
    const event = elsewhere.click({ path: [{ nodeName: 'A' }, document] });
    expect(event.preventDefault).not.toHaveBeenCalled();
    const forgedHost = document.createElement('span');
    forgedHost.setAttribute('data-sms-to', '19005550100');
    const forged = elsewhere.click({ path: [forgedHost, document.body, document] });
    expect(forged.preventDefault).not.toHaveBeenCalled();
    const unknown = setup(undefined);
    const unknownEvent = unknown.click({});
    expect(unknown.activated).toEqual([]);
    expect(unknownEvent.preventDefault).not.toHaveBeenCalled();
  });
});
