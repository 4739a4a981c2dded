import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupNotifications } from '@/entrypoints/background/setup-notifications';
import { openComposerWindow } from '@/utils/composer/open-composer-window';
import { replyNotificationId } from '@/utils/conversations/reply-notification';

vi.mock('@/utils/composer/open-composer-window', () => ({ openComposerWindow: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(openComposerWindow).mockReset();
  vi.mocked(openComposerWindow).mockResolvedValue(undefined);
});

describe('a click on a notification', () => {
  it('on a reply opens the composer on that conversation', async () => {
    setupNotifications();
    await fakeBrowser.notifications.onClicked.trigger(replyNotificationId('639171234567', 'SMS-1'));
    expect(openComposerWindow).toHaveBeenCalledWith({ to: '639171234567' });
  });

  it('on a sent message still opens the history', async () => {
    setupNotifications();
    await fakeBrowser.notifications.onClicked.trigger('sms:history:record-1');
    expect(openComposerWindow).toHaveBeenCalledWith({ tab: 'history' });
  });

  it('on an id that is neither does nothing', async () => {
    setupNotifications();
    await fakeBrowser.notifications.onClicked.trigger('reply:not-a-number:x');
    expect(openComposerWindow).not.toHaveBeenCalled();
  });
});
