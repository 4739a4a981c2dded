import { browser } from 'wxt/browser';
import type { BackgroundServices } from '@/utils/background/services';
import { WAKE_ALARM } from '@/utils/background/wake-alarm';
import { REPLY_ALARM } from '@/utils/conversations/reply-service';

export function setupAlarms({ runDueWork, replyService }: BackgroundServices): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void runDueWork();
    if (alarm.name === REPLY_ALARM) void replyService.poll();
  });
}
