import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetApiKey, maskApiKey, readApiKey, saveApiKey } from '@/utils/settings/api-key-store';

describe('the API key store', () => {
  beforeEach(() => {
    // A fresh IndexedDB per test, as in a new browser profile.
    globalThis.indexedDB = new IDBFactory();
  });

  it('has no key at first', async () => {
    expect(await readApiKey()).toBeUndefined();
  });

  it('reads back the saved key', async () => {
    await saveApiKey('sandbox-key');
    expect(await readApiKey()).toBe('sandbox-key');
  });

  it('replaces the key on a second save', async () => {
    await saveApiKey('first-key-1234');
    await saveApiKey('second-key-5678');
    expect(await readApiKey()).toBe('second-key-5678');
  });

  it('forgets the key', async () => {
    await saveApiKey('sandbox-key');
    await forgetApiKey();
    expect(await readApiKey()).toBeUndefined();
  });

  it('forgetting without a key is harmless', async () => {
    await expect(forgetApiKey()).resolves.toBeUndefined();
  });

  it('keeps the key outside extension storage', async () => {
    await saveApiKey('sandbox-key');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('sandbox-key');
  });
});

describe('maskApiKey', () => {
  it('shows only the last four characters', () => {
    expect(maskApiKey('0123456789abcd')).toBe('•••• abcd');
  });

  it('never shows more than four characters of the key', () => {
    const key = 'secret-part-wxyz';
    const mask = maskApiKey(key);
    expect(mask).not.toContain('secret');
    expect(mask.replace(/[•\s]/g, '')).toBe('wxyz');
  });
});
