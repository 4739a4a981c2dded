import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: {
    matches?: string[];
    js?: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
    run_at?: string;
  }[];
};

function readManifest(target: 'chrome-mv3' | 'firefox-mv3'): Manifest {
  try {
    return JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8')) as Manifest;
  } catch {
    throw new Error(`No .output/${target}/manifest.json: run "npm run build" first.`);
  }
}

// These lists are pinned on purpose: a new permission must show up here as a visible change,
// with its reason added to the comment in wxt.config.ts.
const CRM_HOSTS = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://*.pipedrive.com/*',
  'https://*.myfreshworks.com/*',
  'https://*.zendesk.com/*',
];
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

describe.each([
  ['chrome-mv3', 'contextMenus'],
  ['firefox-mv3', 'menus'],
] as const)('the %s manifest', (target, menusPermission) => {
  const manifest = readManifest(target);

  it('asks for exactly the permissions the product needs', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      ['activeTab', 'alarms', 'notifications', 'scripting', 'storage', menusPermission].sort(),
    );
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(
      ['https://api.engagespark.com/*', ...CRM_HOSTS].sort(),
    );
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(
      [...OPTIONAL_HOSTS].sort(),
    );
  });

  it('declares the content script for the default CRMs, so the first page load is marked', () => {
    // Declared, not registered at run time: the browser knows it before the background first
    // runs, at install and at every start. "Disable on this site" is the content script asking
    // the background (getPageConfig); the user's other sites are registered at run time.
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts ?? [];
    expect([...(script?.matches ?? [])].sort()).toEqual([...CRM_HOSTS].sort());
    expect(script).toMatchObject({
      js: ['content-scripts/crm.js'],
      all_frames: true,
      match_about_blank: true,
      run_at: 'document_idle',
    });
  });

  it('loads no remote code: no custom content security policy that could allow it', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('the Firefox manifest', () => {
  const manifest = readManifest('firefox-mv3');

  it('has an event-page background, a gecko id and an honest data-collection declaration', () => {
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({
      id: 'click-to-sms@engagespark.com',
      strict_min_version: '140.0',
      data_collection_permissions: {
        required: ['personallyIdentifyingInfo', 'personalCommunications', 'authenticationInfo'],
      },
    });
  });
});
