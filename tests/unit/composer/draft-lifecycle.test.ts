import { describe, expect, it } from 'vitest';
import {
  draftFromRecord,
  editDraft,
  findKeptDrafts,
  openDraft,
  reconcileDraft,
  sameDraftContent,
} from '@/utils/composer/draft-lifecycle';
import { createDraft, type Draft } from '@/utils/composer/draft-store';
import type { Prefill } from '@/utils/composer/prefill';
import { makeRecord } from './make-record';

const DEFAULTS = { recipientKind: 'phone' as const, from: 'ACME' };
const draft: Draft = {
  ...createDraft(DEFAULTS, 1, 'draft-0001'),
  phone: '+63 917 123 4567',
  from: 'Sales',
  message: 'Hello',
};
const nextId = (): string => 'draft-0002';

describe('editDraft', () => {
  it('keeps the id while no message carries it, so two windows send one SMS', () => {
    expect(editDraft(draft, { message: 'Hello!' }, [], 5, nextId)).toEqual({
      ...draft,
      message: 'Hello!',
      updatedAt: 5,
    });
    expect(
      editDraft(draft, { message: 'Hello!' }, [makeRecord({ id: 'other-0001' })], 5, nextId).id,
    ).toBe('draft-0001');
  });

  it('starts a new message once the outbox has one under this id', () => {
    const edited = editDraft(
      draft,
      { message: 'Changed' },
      [makeRecord({ id: 'draft-0001', status: 'held' })],
      5,
      nextId,
    );
    expect(edited).toMatchObject({ id: 'draft-0002', message: 'Changed' });
  });
});

describe('reconcileDraft', () => {
  it('leaves a draft without a message alone (same object)', () => {
    expect(reconcileDraft(draft, [makeRecord()], DEFAULTS, 5, nextId)).toEqual({ draft });
  });

  it('clears the draft after a send, keeping the kind of recipient and the Settings sender', () => {
    const record = makeRecord({ id: 'draft-0001', status: 'sent' });
    const result = reconcileDraft(
      { ...draft, recipientKind: 'contact' },
      [record],
      DEFAULTS,
      5,
      nextId,
    );
    expect(result.record).toBe(record);
    expect(result.draft).toEqual({
      id: 'draft-0002',
      recipientKind: 'contact',
      phone: '',
      contactId: '',
      from: 'ACME',
      message: '',
      updatedAt: 5,
    });
  });

  it.each(['failed', 'cancelled'] as const)(
    'keeps the text of a %s message under a new id',
    (status) => {
      const result = reconcileDraft(
        draft,
        [makeRecord({ id: 'draft-0001', status })],
        DEFAULTS,
        5,
        nextId,
      );
      expect(result.draft).toEqual({ ...draft, id: 'draft-0002', updatedAt: 5 });
    },
  );

  it.each(['queued', 'held', 'sending'] as const)(
    'keeps a %s draft as it is: Send again returns the same message',
    (status) => {
      const record = makeRecord({ id: 'draft-0001', status });
      const result = reconcileDraft(draft, [record], DEFAULTS, 5, nextId);
      expect(result.draft).toBe(draft);
      expect(result.record).toBe(record);
    },
  );
});

describe('draftFromRecord', () => {
  it('fills a new draft with the number rebuilt from digits and the same text', () => {
    const record = makeRecord({
      recipient: { to: '639171234567' },
      from: 'Sales',
      message: 'Again',
    });
    expect(draftFromRecord(record, 9, nextId)).toEqual({
      id: 'draft-0002',
      recipientKind: 'phone',
      phone: '+63 917 123 4567',
      contactId: '',
      from: 'Sales',
      message: 'Again',
      updatedAt: 9,
    });
  });

  it('uses the contact ID for a message sent to a contact', () => {
    expect(draftFromRecord(makeRecord({ recipient: { contactId: 77 } }), 9, nextId)).toMatchObject({
      recipientKind: 'contact',
      contactId: '77',
      phone: '',
    });
  });
});

describe('sameDraftContent', () => {
  it('compares what the user sees and the id, not the bookkeeping', () => {
    expect(sameDraftContent(draft, { ...draft, updatedAt: 99, writer: 'other' })).toBe(true);
    expect(sameDraftContent(draft, { ...draft, message: 'x' })).toBe(false);
    expect(sameDraftContent(draft, { ...draft, id: 'draft-0009' })).toBe(false);
  });
});

describe('editDraft and suggested text', () => {
  const suggested: Draft = { ...draft, suggested: 'url' };

  it('keeps the mark while the user edits part of suggested text', () => {
    expect(editDraft(suggested, { message: 'Hello there' }, [], 5, nextId).suggested).toBe('url');
  });

  it('drops the mark once the text is emptied: what follows is the user’s own', () => {
    expect(editDraft(suggested, { message: ' ' }, [], 5, nextId)).not.toHaveProperty('suggested');
  });

  it('drops the mark when asked (a template the user picked)', () => {
    expect(
      editDraft(suggested, { message: 'Template', suggested: undefined }, [], 5, nextId).suggested,
    ).toBeUndefined();
  });
});

describe('openDraft', () => {
  const none: Prefill = { source: 'extension', tab: 'compose' };
  const clicked: Prefill = {
    recipient: { kind: 'phone', phone: '+63 918 111 2222' },
    source: 'extension',
    tab: 'compose',
  };
  const older: Draft = {
    ...createDraft(DEFAULTS, 0, 'draft-0009'),
    phone: '+63 918 111 2222',
    message: 'Older, for 0918',
  };

  it('starts a new draft when none is stored, and stores it', () => {
    expect(openDraft([], none, [], DEFAULTS, 5, nextId)).toEqual({
      draft: createDraft(DEFAULTS, 5, 'draft-0002'),
      changed: true,
    });
  });

  it('restores the newest stored draft untouched when nothing is prefilled', () => {
    expect(openDraft([older, draft], none, [], DEFAULTS, 5, nextId)).toEqual({
      draft,
      changed: false,
    });
  });

  it('shows what became of a draft sent while the popup was closed', () => {
    const sent = makeRecord({ id: 'draft-0001', status: 'sent' });
    const opened = openDraft([draft], none, [sent], DEFAULTS, 5, nextId);
    expect(opened).toMatchObject({
      record: sent,
      changed: true,
      replaces: 'draft-0001',
      draft: { id: 'draft-0002', message: '' },
    });
  });

  it('never re-aims a draft written for another number: a clicked number gets a clean draft', () => {
    const opened = openDraft([draft], clicked, [], DEFAULTS, 5, nextId);
    expect(opened).toEqual({
      draft: {
        ...createDraft(DEFAULTS, 5, 'draft-0002'),
        phone: '+63 918 111 2222',
      },
      changed: true,
    });
  });

  it('reopens the unsent draft already written to the clicked number', () => {
    const opened = openDraft([draft, older], clicked, [], DEFAULTS, 5, nextId);
    expect(opened).toEqual({ draft: older, changed: false });
  });

  it('matches the number by its digits, whatever the spacing', () => {
    const typed = { ...older, phone: '+63 9181112222' };
    expect(openDraft([typed], clicked, [], DEFAULTS, 5, nextId).draft.id).toBe('draft-0009');
  });

  it('never gives a draft without a recipient to a number or a selection that names no one', () => {
    const unaddressed: Draft = { ...createDraft(DEFAULTS, 3, 'draft-0008'), message: 'No one yet' };
    const selection: Prefill = {
      recipient: { kind: 'phone', phone: 'call me' },
      source: 'extension',
      tab: 'compose',
    };
    expect(openDraft([unaddressed], selection, [], DEFAULTS, 5, nextId).draft).toMatchObject({
      id: 'draft-0002',
      phone: 'call me',
      message: '',
    });
    expect(openDraft([unaddressed], clicked, [], DEFAULTS, 5, nextId).draft).toMatchObject({
      id: 'draft-0002',
      message: '',
    });
  });

  it('starts clean for the clicked number when its old draft was sent meanwhile', () => {
    const sent = makeRecord({ id: 'draft-0009', status: 'sent' });
    const opened = openDraft([older], clicked, [sent], DEFAULTS, 5, nextId);
    expect(opened).toMatchObject({
      draft: { id: 'draft-0002', phone: '+63 918 111 2222', message: '' },
      replaces: 'draft-0009',
      changed: true,
    });
    expect(opened.record).toBeUndefined();
  });

  it('puts text a prefill brings in a new draft, marked as suggested, even for a known number', () => {
    const withText: Prefill = { ...clicked, message: 'From the link', source: 'extension' };
    const opened = openDraft([older], withText, [], DEFAULTS, 5, nextId);
    expect(opened.draft).toMatchObject({
      id: 'draft-0002',
      phone: '+63 918 111 2222',
      message: 'From the link',
      suggested: 'extension',
    });
  });
});

describe('findKeptDrafts', () => {
  const blank = createDraft(DEFAULTS, 9, 'draft-0003');
  const other: Draft = { ...draft, id: 'draft-0004', message: 'Other', updatedAt: 7 };

  it('lists the other drafts with text, newest first, and not the one shown', () => {
    expect(findKeptDrafts([draft, blank, other], 'draft-0003', [])).toEqual([other, draft]);
    expect(findKeptDrafts([draft, other], 'draft-0001', [])).toEqual([other]);
  });

  it('leaves out a draft whose message was sent', () => {
    const sent = makeRecord({ id: 'draft-0004', status: 'sent' });
    expect(findKeptDrafts([draft, other], 'draft-0003', [sent])).toEqual([draft]);
  });
});
