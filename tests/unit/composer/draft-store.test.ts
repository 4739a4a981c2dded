import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createDraft,
  draftItem,
  loadDraft,
  readDraft,
  saveDraft,
  watchDraft,
} from '@/utils/composer/draft-store';
import { readEntry } from '@/utils/storage/extension-db';

const DEFAULTS = { recipientKind: 'phone' as const, from: 'ACME' };

beforeEach(() => fakeBrowser.reset());

describe('readDraft', () => {
  it('accepts a stored draft and drops a damaged one instead of half-trusting it', () => {
    const draft = createDraft(DEFAULTS, 5, 'draft-0001');
    expect(readDraft(draft)).toEqual(draft);
    expect(readDraft({ ...draft, id: 'x' })).toBeUndefined();
    expect(readDraft({ ...draft, recipientKind: 'both' })).toBeUndefined();
    expect(readDraft({ ...draft, message: 'a'.repeat(5001) })).toBeUndefined();
    expect(readDraft(null)).toBeUndefined();
    expect(readDraft('text')).toBeUndefined();
  });
});

describe('createDraft', () => {
  it('starts empty with the sender from Settings and a UUID that will be the clientDedup', () => {
    const draft = createDraft(DEFAULTS, 7);
    expect(draft).toMatchObject({
      recipientKind: 'phone',
      phone: '',
      contactId: '',
      from: 'ACME',
      message: '',
      updatedAt: 7,
    });
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(createDraft(DEFAULTS, 7).id).not.toBe(draft.id);
  });
});

describe('draft storage', () => {
  it('keeps the draft across popup closes, beside the key (not in storage.local)', async () => {
    const draft = {
      ...createDraft(DEFAULTS, 1, 'draft-0002'),
      phone: '0917 123 4567',
      message: 'Hi',
    };
    await saveDraft(draft);
    expect(await loadDraft()).toEqual(draft);
    expect(await readEntry('draft')).toEqual(draft);
    expect(await fakeBrowser.storage.local.get('draft')).toEqual({});
  });

  it('refuses to store a draft that would not read back', async () => {
    await expect(saveDraft({ ...createDraft(DEFAULTS, 1), id: 'bad id' })).rejects.toThrow();
  });

  it('reads a damaged stored value as no draft', async () => {
    await draftItem.setValue({ id: 42 });
    expect(await loadDraft()).toBeUndefined();
  });

  it('tells other composer windows about a change', async () => {
    const seen: unknown[] = [];
    const stop = watchDraft((draft) => seen.push(draft?.message));
    await saveDraft({ ...createDraft(DEFAULTS, 1, 'draft-0003'), message: 'from window A' });
    await vi.waitFor(() => expect(seen).toEqual(['from window A']));
    stop();
  });
});
