import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDrafts } from '@/utils/composer/draft-store';
import { loadTemplates } from '@/utils/composer/templates-store';
import { DEFAULT_QUIET_HOURS } from '@/utils/consent/quiet-hours';
import { createMessageStore } from '@/utils/outbox/message-store';
import { DEFAULT_API_URL } from '@/utils/settings/settings-schema';
import { loadSettings } from '@/utils/settings/settings-store';
import { readEntry } from '@/utils/storage/extension-db';
import { planMove } from '@/utils/storage/move-from-storage-local';
import before from './fixtures/storage-local-0.1.json';

/** What storage.local held in 0.1: settings and the history beside the draft, templates and sites. */
const BEFORE = structuredClone(before);

beforeEach(() => fakeBrowser.reset());

describe('moving the settings and the history out of storage.local', () => {
  it('brings 0.1’s settings and history into the extension DB and leaves nothing readable behind', async () => {
    await fakeBrowser.storage.local.set(BEFORE);

    // Settings from before quiet hours existed read with the default window (no layout change).
    expect(await loadSettings()).toEqual({
      settings: { ...BEFORE.settings, quietHours: DEFAULT_QUIET_HOURS },
    });
    const records = await createMessageStore().list();
    // The damaged record is dropped; the half-sent one keeps its id, so its resend is a duplicate.
    expect(records.map((record) => [record.id, record.status])).toEqual([
      ['2b7f6a8e-1c1d-4f7e-9a55-000000000001', 'sent'],
      ['2b7f6a8e-1c1d-4f7e-9a55-000000000002', 'sending'],
    ]);
    expect(records[0]).toEqual(BEFORE.messages[0]);

    const after = await fakeBrowser.storage.local.get(null);
    // Only the site choices stay (the background registers the content script from them).
    expect(after).toEqual({ sites: BEFORE.sites, sites$: { v: 1 } });
    expect(await loadDrafts()).toEqual([BEFORE.draft]);
    expect(await readEntry('settings')).toEqual(BEFORE.settings);
    expect(await loadTemplates()).toEqual(BEFORE.templates);
    expect(await readEntry('templates')).toEqual(BEFORE.templates);
    expect(await readEntry('balance')).toBeUndefined();
  });

  it('moves once: what is written to storage.local later is never read', async () => {
    await fakeBrowser.storage.local.set(BEFORE);
    await loadSettings();
    const forged = {
      ...BEFORE.messages[1],
      id: '2b7f6a8e-1c1d-4f7e-9a55-00000000f0r6',
      status: 'queued',
      message: 'Forged',
    };
    await fakeBrowser.storage.local.set({
      settings: { ...BEFORE.settings, apiUrl: 'https://evil.example' },
      messages: [forged],
    });
    expect((await loadSettings()).settings.apiUrl).toBe('http://127.0.0.1:8787');
    expect((await createMessageStore().list()).map((record) => record.message)).not.toContain(
      'Forged',
    );
  });

  it('starts empty on a new profile, and ignores items written after that', async () => {
    expect(await createMessageStore().list()).toEqual([]);
    await fakeBrowser.storage.local.set({ messages: [BEFORE.messages[1]] });
    expect(await createMessageStore().list()).toEqual([]);
  });

  it('never overwrites what is in the DB already', async () => {
    await fakeBrowser.storage.local.set(BEFORE);
    const { writeEntry } = await import('@/utils/storage/extension-db');
    await writeEntry('settings', { ...BEFORE.settings, orgId: 99 });
    expect((await loadSettings()).settings.orgId).toBe(99);
  });
});

describe('planMove', () => {
  const settings = BEFORE.settings;

  it.each([
    ['the API', DEFAULT_API_URL, DEFAULT_API_URL],
    ['the sandbox', 'http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['a proxy origin', 'https://es-proxy.corp.example', 'https://es-proxy.corp.example'],
    ['a path', 'https://evil.example/v', DEFAULT_API_URL],
    ['a user name', 'https://api.engagespark.com@evil.example', DEFAULT_API_URL],
    ['a default CRM host', 'https://attacker.zendesk.com', DEFAULT_API_URL],
    ['a CRM site the user enabled', 'https://crm.example.com', DEFAULT_API_URL],
    ['not a string', 42, DEFAULT_API_URL],
  ])('keeps an API URL only where the key may go: %s', (_label, apiUrl, kept) => {
    const moved = planMove({ settings: { ...settings, apiUrl }, sites: BEFORE.sites });
    expect(moved.settings).toEqual({ ...settings, apiUrl: kept });
  });

  it('moves nothing that was not there', () => {
    expect(planMove({ sites: BEFORE.sites })).toEqual({});
  });
});
