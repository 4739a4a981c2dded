import { createPhoneReader } from '@/utils/detect/phone-reader';
import { sendMessage } from '@/utils/messaging/send-message';
import { startPageMarker } from '@/utils/page/page-marker';
import { pageSchedules } from '@/utils/page/page-schedules';
import { CRM_MATCH_PATTERNS } from '@/utils/sites/crm-sites';

/**
 * Registered at run time by the background (utils/sites/register-sites.ts): on the default CRMs
 * except those the user disabled, and on the sites the user enabled. `matches` lists the defaults
 * so WXT grants their host access at install.
 */
export default defineContentScript({
  matches: [...CRM_MATCH_PATTERNS],
  allFrames: true,
  registration: 'runtime',
  async main(ctx) {
    const reader = createPhoneReader(await readDefaultCountry());
    if (ctx.isInvalid) return;
    const marker = startPageMarker({
      document,
      ...reader,
      onActivate: (to) => void openComposer(to),
      ...pageSchedules(ctx),
    });
    ctx.onInvalidated(() => marker.stop());
  },
});

async function readDefaultCountry(): Promise<string | undefined> {
  try {
    return (await sendMessage('getPageConfig', {})).defaultCountry;
  } catch {
    return undefined; // Numbers written with "+" are still found.
  }
}

async function openComposer(to: string): Promise<void> {
  try {
    await sendMessage('openComposer', { to });
  } catch (error) {
    console.warn('engageSPARK Click-to-SMS could not open the composer:', error);
  }
}
