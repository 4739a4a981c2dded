import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composerPath } from '@/utils/composer/composer-url';
import { createDraft } from '@/utils/composer/draft-store';
import { applyPrefill, parsePrefill } from '@/utils/composer/prefill';

function query(path: string): string {
  return path.split('?')[1] ?? '';
}

describe('parsePrefill', () => {
  it('shows ?to= digits as the number rebuilt from them', () => {
    expect(parsePrefill('?to=639171234567')).toEqual({
      recipient: { kind: 'phone', phone: '+63 917 123 4567' },
      tab: 'compose',
    });
    expect(parsePrefill('?to=%2B639171234567')).toMatchObject({
      recipient: { phone: '+63 917 123 4567' },
    });
  });

  it('puts ?to= text and ?text= (a selection) in the phone field as text, for the parser to judge', () => {
    expect(parsePrefill('?to=0917-123-4567')).toMatchObject({
      recipient: { kind: 'phone', phone: '0917-123-4567' },
    });
    expect(parsePrefill('?text=call%20me%0Aat%20noon')).toMatchObject({
      recipient: { kind: 'phone', phone: 'call me at noon' },
    });
  });

  it('takes ?contactId= as a contact when it is a positive whole number', () => {
    expect(parsePrefill('?contactId=0042')).toMatchObject({
      recipient: { kind: 'contact', contactId: '42' },
    });
    expect(parsePrefill('?contactId=0')).toMatchObject({
      recipient: { kind: 'contact', contactId: '0' },
    });
    expect(parsePrefill('?contactId=12&to=639171234567')).toMatchObject({
      recipient: { kind: 'contact', contactId: '12' },
    });
    expect(parsePrefill('?contactId=abc&to=639171234567')).toMatchObject({
      recipient: { kind: 'phone' },
    });
  });

  it('reads ?message= and ?tab=history', () => {
    expect(parsePrefill('?message=Hi%20there&tab=history')).toEqual({
      message: 'Hi there',
      tab: 'history',
    });
    expect(parsePrefill('?tab=settings').tab).toBe('compose');
    expect(parsePrefill('')).toEqual({ tab: 'compose' });
  });

  it('drops control characters and caps lengths', () => {
    const prefill = parsePrefill(
      `?text=${encodeURIComponent('\u0000+63\u0007 917')}&message=${'a'.repeat(6000)}`,
    );
    expect(prefill.recipient).toEqual({ kind: 'phone', phone: '+63 917' });
    expect(prefill.message).toHaveLength(5000);
  });

  it('reads back every prefill composerPath writes', () => {
    expect(
      parsePrefill(query(composerPath({ to: '639171234567', message: 'Hello', tab: 'history' }))),
    ).toEqual({
      recipient: { kind: 'phone', phone: '+63 917 123 4567' },
      message: 'Hello',
      tab: 'history',
    });
    expect(parsePrefill(query(composerPath({ contactId: 7 })))).toMatchObject({
      recipient: { kind: 'contact', contactId: '7' },
    });
  });

  it('never throws on hostile query strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (value, key) => {
        const search = `?to=${encodeURIComponent(value)}&contactId=${encodeURIComponent(value)}&${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
        const prefill = parsePrefill(search);
        if (prefill.recipient?.kind === 'phone')
          expect(prefill.recipient.phone.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});

describe('applyPrefill', () => {
  const stored = {
    ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
    phone: '0917',
    message: 'Kept text',
  };

  it('replaces the recipient and keeps the stored text when the URL has none', () => {
    const draft = applyPrefill(
      stored,
      { recipient: { kind: 'contact', contactId: '5' }, tab: 'compose' },
      9,
    );
    expect(draft).toMatchObject({
      id: 'draft-0001',
      recipientKind: 'contact',
      contactId: '5',
      phone: '',
      message: 'Kept text',
      updatedAt: 9,
    });
  });

  it('takes the URL text when there is one', () => {
    expect(applyPrefill(stored, { message: 'New', tab: 'compose' }, 9)).toMatchObject({
      phone: '0917',
      message: 'New',
    });
  });

  it('leaves the draft as it is without a prefill', () => {
    expect(applyPrefill(stored, { tab: 'history' }, 9)).toBe(stored);
  });
});
