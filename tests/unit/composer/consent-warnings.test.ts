import { describe, expect, it } from 'vitest';
import { deriveComposer } from '@/utils/composer/composer-state';
import { createDraft } from '@/utils/composer/draft-store';
import { findWarnings, type WarningInputs } from '@/utils/composer/warnings';
import type { OptOutList } from '@/utils/consent/opt-out-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';

const MARIA = '639171234567';
const NIGHT_IN_MANILA = Date.parse('2026-11-30T14:14:00Z');
const DAY_IN_MANILA = Date.parse('2026-11-30T03:00:00Z');
const STOPPED: OptOutList = {
  optOuts: [
    {
      number: MARIA,
      at: Date.parse('2026-11-28T09:00:00Z'),
      source: { kind: 'reply', keyword: 'STOP', replyId: 'r1' },
    },
  ],
  removals: [],
};

const BASE: WarningInputs = {
  draftId: 'draft-0001',
  recipient: { to: MARIA },
  message: 'Hello',
  records: [],
  now: DAY_IN_MANILA,
  paceLimitPerMinute: 5,
  balance: undefined,
  estimate: { known: false },
  quietHours: { start: '08:00', end: '21:00' },
  defaultCountry: 'PH',
};

describe('the composer explains the consent guard beforehand', () => {
  it('says who replied STOP and when', () => {
    expect(findWarnings({ ...BASE, optOuts: STOPPED })).toEqual([
      {
        kind: 'opted-out',
        text: '+63 917 123 4567 replied STOP on 28 Nov: they asked not to get texts. Texts to this number are refused.',
      },
    ]);
  });

  it('names the contact once engageSPARK has said who it is', () => {
    expect(findWarnings({ ...BASE, optOuts: STOPPED, recipientName: 'Maria Santos' })).toEqual([
      {
        kind: 'opted-out',
        text: 'Maria Santos replied STOP on 28 Nov: they asked not to get texts. Texts to this number are refused.',
      },
    ]);
  });

  it('says it is quiet hours for the recipient and when it goes', () => {
    expect(findWarnings({ ...BASE, now: NIGHT_IN_MANILA })).toEqual([
      {
        kind: 'quiet-hours',
        text: 'It is 22:14 for the recipient (Asia/Manila). It goes out at 08:00 their time. Send holds it until then; you can cancel it.',
      },
    ]);
    expect(findWarnings({ ...BASE, now: NIGHT_IN_MANILA, quietHours: false })).toEqual([]);
  });

  it('refuses Send for an opted-out number: no request is made', () => {
    const view = deriveComposer({
      draft: {
        ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
        phone: '+63 917 123 4567',
        message: 'Hello',
      },
      settings: DEFAULT_SETTINGS,
      records: [],
      balance: undefined,
      now: DAY_IN_MANILA,
      optOuts: STOPPED,
    });
    expect(view.request).toBeUndefined();
    expect(view.blockers[0]).toEqual({
      field: 'recipient',
      message: expect.stringContaining('replied STOP on 28 Nov'),
    });
  });
});
