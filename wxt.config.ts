import { defineConfig } from 'wxt';
import { CRM_MATCH_PATTERNS } from './utils/sites/crm-sites';

const GECKO_ID = 'click-to-sms@engagespark.com';
const ENGAGESPARK_API_ORIGIN = 'https://api.engagespark.com/*';

// Permissions, each for one reason (the fewest the product needs):
// - storage: settings, drafts, templates, the outbox and the history.
// - notifications: "SMS sent" / "SMS not sent" after each send (basic type only, for Firefox).
// - alarms: outbox retries and delivery-receipt polling that survive a sleeping service worker.
// - contextMenus (Chrome) / menus (Firefox): "Send SMS to …" on a selection or a tel:/sms: link.
// - scripting: the content script is registered at run time for the sites the user enabled, and
//   injected into the open tabs at install, update and when a site is turned on; the keyboard
//   shortcut reads the selection of the current tab.
// - activeTab: that shortcut, and "Enable on this site" in the popup, see the current tab only at
//   the moment the user acts.
// Host access at install: the engageSPARK API and the default CRMs (utils/sites/crm-sites.ts), where
// the send buttons appear: the content script is declared for them (entrypoints/crm.content), and
// they are listed here too so the background can reach their open tabs. Any other site, and a custom API URL (the sandbox on 127.0.0.1), is an
// optional host permission asked for when the user chooses it.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'engageSPARK Click-to-SMS',
    description:
      'Send an SMS through engageSPARK from any CRM page: click a phone number, write, send.',
    permissions: [
      'storage',
      'notifications',
      'alarms',
      'scripting',
      'activeTab',
      browser === 'firefox' ? 'menus' : 'contextMenus',
    ],
    host_permissions: [ENGAGESPARK_API_ORIGIN, ...CRM_MATCH_PATTERNS],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // What IT may push through browser policies (storage.managed): docs/ADMIN.md.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Send an SMS with engageSPARK' },
    commands: {
      'open-composer': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the SMS composer, with the selected number filled in',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first desktop release that reads data_collection_permissions. Firefox for
          // Android is not a target (it has no windows API for the composer window), so
          // web-ext lint's warning that Android reads that key only from 142 does not apply.
          strict_min_version: '140.0',
          // Honest declaration: phone numbers and message text go to engageSPARK to be sent,
          // together with the user's API key.
          data_collection_permissions: {
            required: ['personallyIdentifyingInfo', 'personalCommunications', 'authenticationInfo'],
          },
        },
      },
    }),
  }),
});
