import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createDraft,
  draftsItem,
  legacyDraftItem,
  loadDrafts,
  MAX_DRAFTS,
  readDraft,
  saveDraft,
  watchDrafts,
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
  const draft = {
    ...createDraft(DEFAULTS, 1, 'draft-0002'),
    phone: '0917 123 4567',
    message: 'Hi',
  };

  it('keeps the drafts across popup closes, beside the key (not in storage.local)', async () => {
    await saveDraft(draft);
    expect(await loadDrafts()).toEqual([draft]);
    expect(await readEntry('drafts')).toEqual([draft]);
    expect(await fakeBrowser.storage.local.get(['draft', 'drafts'])).toEqual({});
  });

  it('keeps one draft per message: saving another leaves the first as it was', async () => {
    await saveDraft(draft);
    const other = { ...createDraft(DEFAULTS, 2, 'draft-0003'), phone: '0918', message: 'B' };
    await saveDraft(other);
    expect(await loadDrafts()).toEqual([other, draft]);
  });

  it('removes the draft a successor replaces, and blank drafts of other windows', async () => {
    await saveDraft(draft);
    await saveDraft(createDraft(DEFAULTS, 2, 'draft-0004'));
    const next = { ...draft, id: 'draft-0005', updatedAt: 3 };
    await saveDraft(next, 'draft-0002');
    expect(await loadDrafts()).toEqual([next]);
  });

  it('keeps at most MAX_DRAFTS, dropping the oldest', async () => {
    for (let i = 0; i < MAX_DRAFTS + 3; i += 1)
      await saveDraft({ ...draft, id: `draft-${String(i).padStart(4, '0')}`, updatedAt: i });
    const drafts = await loadDrafts();
    expect(drafts).toHaveLength(MAX_DRAFTS);
    expect(drafts.map((entry) => entry.updatedAt)).not.toContain(0);
  });

  it('moves the single draft of version 1 into the list once', async () => {
    await legacyDraftItem.area.setValue(draft);
    expect(await loadDrafts()).toEqual([draft]);
    expect(await legacyDraftItem.area.getValue()).toBeNull();
    expect(await readEntry('draft')).toBeUndefined();
    expect(await draftsItem.area.getValue()).toEqual([draft]);
  });

  it('refuses to store a draft that would not read back', async () => {
    await expect(saveDraft({ ...createDraft(DEFAULTS, 1), id: 'bad id' })).rejects.toThrow();
  });

  it('drops a damaged entry and keeps the others', async () => {
    await draftsItem.area.setValue([{ id: 42 }, draft]);
    expect(await loadDrafts()).toEqual([draft]);
    await draftsItem.area.setValue('garbage');
    expect(await loadDrafts()).toEqual([]);
  });

  it('tells other composer windows about a change', async () => {
    const seen: unknown[] = [];
    const stop = watchDrafts((drafts) => seen.push(drafts.map((entry) => entry.message)));
    await saveDraft({ ...createDraft(DEFAULTS, 1, 'draft-0003'), message: 'from window A' });
    await vi.waitFor(() => expect(seen).toContainEqual(['from window A']));
    stop();
  });
});
