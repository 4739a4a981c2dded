import { browser } from 'wxt/browser';
import { createPageDetector } from '@/utils/detect/page-detector';
import { sendMessage } from '@/utils/messaging/send-message';
import { onSitesChanged } from '@/utils/messaging/tab-messages';
import { type PageConfig, runContentScript } from '@/utils/page/content-script-run';
import { removeLeftoverButtons } from '@/utils/page/leftover-buttons';
import { startPageMarker } from '@/utils/page/page-marker';
import { pageSchedules } from '@/utils/page/page-schedules';
import { startInstance } from '@/utils/page/script-instance';
import { UNLOADED_SCRIPT_LEAVES_BUTTONS } from '@/utils/platform/browser-differences';
import { CRM_MATCH_PATTERNS } from '@/utils/sites/crm-sites';

/**
 * Declared in the manifest for the default CRMs, so the browser runs it on the very first page
 * load, even before the background has started (a registration made at run time would miss the
 * pages loaded before it). The background registers it for the sites the user enabled
 * (utils/sites/register-sites.ts) and injects it into open tabs at install, update and when a
 * site is turned on (utils/sites/open-tabs.ts). Whether a default CRM is switched off is the
 * background's answer to getPageConfig (asked while the page is first read: see
 * utils/page/content-script-run.ts).
 */
export default defineContentScript({
  matches: [...CRM_MATCH_PATTERNS],
  allFrames: true,
  // about:srcdoc and about:blank frames of the CRM's own pages (an inbox's e-mail bodies); both
  // browsers read this key, while match_origin_as_fallback is Chromium's.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would also announce each start to the page with window.postMessage (naming the event that
  // ends its context); this script does not use that context at all (script-instance.ts).
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's context: any script in the page can end that one (script-instance.ts).
    const instance = startInstance(window, () => browser.runtime?.id != null);
    const composeFromPage = async (to: string): Promise<void> => {
      try {
        await sendMessage('composeFromPage', { to });
      } catch (error) {
        // An extension gone from under the page: reading isInvalid removes the buttons.
        if (!instance.isInvalid)
          console.warn('engageSPARK Click-to-SMS could not open the composer:', error);
      }
    };
    return runContentScript({
      context: instance,
      document,
      askPageConfig,
      startMarker: () =>
        startPageMarker({
          document,
          // The page finds candidates; the background, which has the metadata and the user's
          // country, says which are numbers (and answers only a frame that gets buttons).
          ...createPageDetector((candidates) =>
            sendMessage('checkPhoneCandidates', { candidates }),
          ),
          onActivate: (to) => void composeFromPage(to),
          ...pageSchedules(instance),
        }),
      onSitesChanged,
      ...(UNLOADED_SCRIPT_LEAVES_BUTTONS && { removeLeftovers: removeLeftoverButtons }),
    });
  },
});

async function askPageConfig(): Promise<PageConfig | undefined> {
  try {
    return await sendMessage('getPageConfig', {});
  } catch {
    return undefined; // The extension is gone or not answering: no buttons it could not act on.
  }
}
