import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDraft } from '@/utils/composer/draft-store';
import {
  applyPrefill,
  parsePrefill,
  prefillFromBackground,
  removeInvisible,
} from '@/utils/composer/prefill';

describe('parsePrefill', () => {
  it('shows ?to= digits as the number rebuilt from them', () => {
    expect(parsePrefill('?to=639171234567')).toEqual({
      recipient: { kind: 'phone', phone: '+63 917 123 4567' },
      source: 'url',
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
      source: 'url',
      tab: 'history',
    });
    expect(parsePrefill('?tab=settings').tab).toBe('compose');
    expect(parsePrefill('')).toEqual({ source: 'url', tab: 'compose' });
  });

  it('drops control characters and caps lengths', () => {
    const prefill = parsePrefill(
      `?text=${encodeURIComponent('\u0000+63\u0007 917')}&message=${'a'.repeat(6000)}`,
    );
    expect(prefill.recipient).toEqual({ kind: 'phone', phone: '+63 917' });
    expect(prefill.message).toHaveLength(5000);
  });

  it('removes bidi controls, zero-width and tag characters from text that came from outside', () => {
    const hidden = 'Pay \u202Eevil\u202C to \u2066x\u2069\u200B\u200E\uFEFF\u{E0041}now\u2028ok';
    const prefill = parsePrefill(`?message=${encodeURIComponent(hidden)}&to=63917%E2%80%8B1234567`);
    expect(prefill.message).toBe('Pay evil to xnow\nok');
    expect(prefill.recipient).toEqual({ kind: 'phone', phone: '+63 917 123 4567' });
  });

  it('keeps the joiner inside an emoji sequence, which only joins the pictures', () => {
    expect(removeInvisible('Hi \u{1F469}\u200D\u{1F4BB}')).toBe('Hi \u{1F469}\u200D\u{1F4BB}');
    expect(removeInvisible('a\u200Db')).toBe('ab');
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

describe('prefillFromBackground', () => {
  it('checks what the background handed over like any other value, and says where it came from', () => {
    expect(
      prefillFromBackground({ to: '639171234567', message: 'Hi\u202E', tab: 'history' }),
    ).toEqual({
      recipient: { kind: 'phone', phone: '+63 917 123 4567' },
      message: 'Hi',
      source: 'extension',
      tab: 'history',
    });
    expect(prefillFromBackground({ contactId: 7 })).toMatchObject({
      recipient: { kind: 'contact', contactId: '7' },
    });
    expect(prefillFromBackground(undefined)).toEqual({ source: 'extension', tab: 'compose' });
  });
});

describe('applyPrefill', () => {
  const stored = {
    ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'),
    phone: '0917',
    message: 'Kept text',
  };

  it('sets the recipient and leaves the text alone when the prefill has none', () => {
    const draft = applyPrefill(
      stored,
      { recipient: { kind: 'contact', contactId: '5' }, source: 'extension', tab: 'compose' },
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

  it('marks text it brings as suggested, with where it came from', () => {
    expect(
      applyPrefill(stored, { message: 'New', source: 'url', tab: 'compose' }, 9),
    ).toMatchObject({ phone: '0917', message: 'New', suggested: 'url' });
  });

  it('leaves the draft as it is without a prefill', () => {
    expect(applyPrefill(stored, { source: 'url', tab: 'history' }, 9)).toBe(stored);
  });
});
