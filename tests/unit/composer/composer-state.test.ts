import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComposerInputs, deriveComposer } from '@/utils/composer/composer-state';
import { createDraft, type Draft } from '@/utils/composer/draft-store';
import { MAX_PARTS } from '@/utils/sms/count-segments';
import { makeRecord } from './make-record';

const NOW = 50_000_000;
const SETTINGS: ComposerInputs['settings'] = {
  recipientMode: 'contact',
  defaultCountry: 'PH',
  paceLimitPerMinute: 5,
};

function draftWith(overrides: Partial<Draft>): Draft {
  return { ...createDraft({ recipientKind: 'phone', from: '' }, 1, 'draft-0001'), ...overrides };
}

function derive(overrides: Partial<Draft>, inputs: Partial<ComposerInputs> = {}) {
  return deriveComposer({
    draft: draftWith(overrides),
    settings: SETTINGS,
    records: [],
    balance: undefined,
    now: NOW,
    ...inputs,
  });
}

describe('deriveComposer: what Send will ask for', () => {
  it('builds the request from a pasted national number, the sender and the text, under the draft id', () => {
    const view = derive({ phone: '0917-123-4567', from: ' ACME ', message: 'Hello' });
    expect(view.blockers).toEqual([]);
    expect(view.request).toEqual({
      id: 'draft-0001',
      recipient: { to: '639171234567' },
      from: 'ACME',
      message: 'Hello',
    });
    expect(view.recipient).toMatchObject({
      ok: true,
      display: '+63 917 123 4567',
      detail: 'Philippines',
    });
  });

  it.each(['+63 917 123 4567', '0917-123-4567', '639171234567'])(
    'reads %s as +63 917 123 4567',
    (phone) => {
      expect(derive({ phone, message: 'x' }).request?.recipient).toEqual({ to: '639171234567' });
    },
  );

  it('sends to a contact ID on the contact endpoint, never to both', () => {
    const view = derive({
      recipientKind: 'contact',
      contactId: ' 42 ',
      phone: '0917 123 4567',
      message: 'Hi',
    });
    expect(view.request?.recipient).toEqual({ contactId: 42 });
  });

  it('refuses a contact ID on the phone-number endpoint, saying why', () => {
    const view = derive(
      { recipientKind: 'contact', contactId: '42', message: 'Hi' },
      { settings: { ...SETTINGS, recipientMode: 'phonenumber' } },
    );
    expect(view.request).toBeUndefined();
    expect(view.blockers).toEqual([
      { field: 'recipient', message: expect.stringContaining('needs a phone number') },
    ]);
  });

  it.each(['0', '-3', '1.5', 'abc', '99999999999999999'])(
    'refuses the contact ID %s',
    (contactId) => {
      const view = derive({ recipientKind: 'contact', contactId, message: 'Hi' });
      expect(view.recipient).toMatchObject({ ok: false, empty: false });
      expect(view.request).toBeUndefined();
    },
  );

  it('lists what is missing in field order, and marks empty fields as not yet typed', () => {
    const view = derive({});
    expect(view.blockers.map((blocker) => blocker.field)).toEqual(['recipient', 'message']);
    expect(view.recipient).toMatchObject({ ok: false, empty: true });
    expect(view.request).toBeUndefined();
  });

  it('says why a phone number is not valid', () => {
    const view = derive({ phone: 'call me tomorrow', message: 'Hi' });
    expect(view.recipient).toMatchObject({ ok: false, empty: false, message: expect.any(String) });
    expect(view.recipient.ok === false && view.recipient.message.length).toBeGreaterThan(10);
  });

  it('refuses a sender ID engageSPARK would refuse', () => {
    const view = derive({ phone: '09171234567', from: 'Way too long sender', message: 'Hi' });
    expect(view.blockers).toEqual([{ field: 'from', message: expect.stringContaining('11') }]);
  });

  it('refuses whitespace as a message and more than the maximum of parts', () => {
    expect(derive({ phone: '09171234567', message: '  \n ' }).blockers).toEqual([
      { field: 'message', message: 'Write the message.' },
    ]);
    const long = derive({ phone: '09171234567', message: 'a'.repeat(153 * MAX_PARTS + 1) });
    expect(long.counter.tooLong).toBe(true);
    expect(long.blockers).toEqual([
      {
        field: 'message',
        message: `Too long: 8 parts. The most is ${MAX_PARTS}; shorten the message.`,
      },
    ]);
  });
});

describe('deriveComposer: personalization', () => {
  it('allows {{contact.firstName}} on the contact endpoint', () => {
    const view = derive({ phone: '09171234567', message: 'Hi {{contact.firstName}}' });
    expect(view.personalization.status).toBe('allowed');
    expect(view.request).toBeDefined();
  });

  it('refuses it on the phone-number endpoint, where engageSPARK does not expand it', () => {
    const view = derive(
      { phone: '09171234567', message: 'Hi {{contact.firstName}}' },
      { settings: { ...SETTINGS, recipientMode: 'phonenumber' } },
    );
    expect(view.personalization.status).toBe('refused');
    expect(view.blockers).toEqual([
      { field: 'message', message: expect.stringContaining('sends the braces as written') },
    ]);
    expect(view.request).toBeUndefined();
  });
});

describe('deriveComposer: counter, fix, cost and warnings', () => {
  it('offers the plain-text fix only for Unicode text that has one', () => {
    expect(derive({ message: 'It’s here' }).plainFix?.text).toBe("It's here");
    expect(derive({ message: 'Party 🎉' }).plainFix).toBeUndefined();
    expect(derive({ message: 'Plain' }).plainFix).toBeUndefined();
  });

  it('estimates the cost from the last price for that country and warns on a low balance', () => {
    const earlier = makeRecord({
      id: 'earlier-01',
      createdAt: NOW - 3_600_000,
      estimateMicro: 20_000,
      recipient: { to: '639180000000' },
    });
    const view = derive(
      { phone: '09171234567', message: 'a'.repeat(200) },
      { records: [earlier], balance: { balanceMicro: 30_000, display: '$0.03', at: 1 } },
    );
    expect(view.counter.parts).toBe(2);
    expect(view.estimate).toMatchObject({ known: true, display: '$0.04' });
    expect(view.warnings.map((warning) => warning.kind)).toEqual(['balance']);
    expect(view.request).toBeDefined();
  });

  it('warns about a repeat and about the pace guard without blocking Send', () => {
    const recent = makeRecord({
      id: 'recent-001',
      createdAt: NOW - 5_000,
      updatedAt: NOW - 5_000,
      sentAt: NOW - 5_000,
      message: 'Hello',
    });
    const view = derive(
      { phone: '09171234567', message: 'Hello' },
      { records: [recent], settings: { ...SETTINGS, paceLimitPerMinute: 1 } },
    );
    expect(view.warnings.map((warning) => warning.kind)).toEqual(['pace', 'repeat']);
    expect(view.request).toBeDefined();
  });

  it('can send exactly when nothing blocks, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1200 }), (message) => {
        const view = derive({ phone: '09171234567', message });
        expect(view.request !== undefined).toBe(view.blockers.length === 0);
        if (view.request) {
          expect(view.request.message).toBe(message);
          expect(view.counter.parts).toBeGreaterThan(0);
          expect(view.counter.parts).toBeLessThanOrEqual(MAX_PARTS);
        }
      }),
    );
  });
});
