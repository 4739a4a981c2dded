import { browser } from 'wxt/browser';
import type { BackgroundServices } from '@/utils/background/services';
import { WAKE_ALARM } from '@/utils/background/wake-alarm';

export function setupAlarms({ runDueWork }: BackgroundServices): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void runDueWork();
  });
}
