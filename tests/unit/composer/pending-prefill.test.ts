import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composerPath } from '@/utils/composer/composer-url';
import { leavePrefill, POPUP_SLOT, takePendingPrefill } from '@/utils/composer/pending-prefill';

beforeEach(() => fakeBrowser.reset());

describe('pending prefill (the background’s handover to the composer it opens)', () => {
  it('hands a prefill to the composer that presents its token, once', async () => {
    const token = await leavePrefill({ to: '639171234567', message: 'Hi' }, undefined, 1000);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(await takePendingPrefill('guessed', 1000)).toBeUndefined();
    expect(await takePendingPrefill(token, 1000)).toEqual({ to: '639171234567', message: 'Hi' });
    expect(await takePendingPrefill(token, 1000)).toBeUndefined();
  });

  it('keeps two composers’ prefills apart, and the popup’s in its own slot', async () => {
    const first = await leavePrefill({ to: '639171234567' }, undefined, 1000);
    await leavePrefill({ to: '639181112222' }, POPUP_SLOT, 1000);
    const second = await leavePrefill({ to: '639191112222' }, undefined, 1000);
    expect(await takePendingPrefill(second, 1000)).toEqual({ to: '639191112222' });
    expect(await takePendingPrefill(POPUP_SLOT, 1000)).toEqual({ to: '639181112222' });
    expect(await takePendingPrefill(first, 1000)).toEqual({ to: '639171234567' });
  });

  it('ignores a stale or damaged handover', async () => {
    const token = await leavePrefill({ to: '639171234567' }, undefined, 1000);
    expect(await takePendingPrefill(token, 62_000)).toBeUndefined();
    await fakeBrowser.storage.session.set({ pendingPrefills: { x: { prefill: { evil: 1 } } } });
    expect(await takePendingPrefill('x', 1000)).toBeUndefined();
  });

  it('puts only the token in the composer’s address, never the text', () => {
    expect(composerPath('abc-123')).toBe('/popup.html?prefill=abc-123');
    expect(composerPath()).toBe('/popup.html');
  });
});
