import { describe, expect, it, vi } from 'vitest';
import type { Contact } from '@/utils/api/endpoints/contacts';
import { createContactCache, FAILED_LOOKUP_CACHE_MS } from '@/utils/contacts/contact-cache';
import {
  type ContactApi,
  contactLineText,
  lookUpRecipientContact,
} from '@/utils/contacts/recipient-contact';

const MARIA = '639171234567';
const maria: Contact = {
  id: 41,
  phone: MARIA,
  firstName: 'Maria',
  lastName: 'Santos',
  createdAt: '2026-01-01T00:00:00.000Z',
};

function api(patch: Partial<ContactApi> = {}): ContactApi {
  return {
    findContactsByPhone: vi.fn(async () => ({ ok: true as const, contacts: [maria], total: 1 })),
    getContact: vi.fn(async () => ({ ok: true as const, contact: maria })),
    ...patch,
  };
}

const format = (digits: string) => `+${digits}`;

describe('who the recipient is', () => {
  it('names the newest contact with the number', async () => {
    const older = { ...maria, id: 7, firstName: 'Old', createdAt: '2020-01-01T00:00:00.000Z' };
    const found = await lookUpRecipientContact(
      api({ findContactsByPhone: async () => ({ ok: true, contacts: [older, maria], total: 2 }) }),
      { to: MARIA },
      'contact',
    );
    expect(found).toEqual({ kind: 'contact', contactId: 41, name: 'Maria Santos', phone: MARIA });
    expect(contactLineText(found, format)).toBe('Maria Santos · +639171234567');
  });

  it('says a new contact will be made when none has the number', async () => {
    const found = await lookUpRecipientContact(
      api({ findContactsByPhone: async () => ({ ok: true, contacts: [], total: 0 }) }),
      { to: MARIA },
      'contact',
    );
    expect(contactLineText(found, format)).toBe('New contact — engageSPARK will create one');
  });

  it('asks nothing on the phone-number endpoint: no contact is used', async () => {
    const client = api();
    const found = await lookUpRecipientContact(client, { to: MARIA }, 'phonenumber');
    expect(found).toEqual({ kind: 'no-contact' });
    expect(client.findContactsByPhone).not.toHaveBeenCalled();
  });

  it('names a contact ID, and says when there is no such contact', async () => {
    expect(await lookUpRecipientContact(api(), { contactId: 41 }, 'contact')).toMatchObject({
      kind: 'contact',
      name: 'Maria Santos',
    });
    const missing = await lookUpRecipientContact(
      api({ getContact: async () => ({ ok: false, failure: { kind: 'not-found' } }) }),
      { contactId: 9 },
      'contact',
    );
    expect(missing).toEqual({ kind: 'unknown-contact-id' });
  });

  it('says in one quiet line that the lookup failed, and that sending still works', async () => {
    const failed = await lookUpRecipientContact(
      api({
        findContactsByPhone: async () => ({ ok: false, failure: { kind: 'server', status: 500 } }),
      }),
      { to: MARIA },
      'contact',
    );
    expect(contactLineText(failed, format)).toBe(
      'Could not look up the contact name right now. Sending still works.',
    );
    const refused = await lookUpRecipientContact(
      api({ findContactsByPhone: async () => ({ ok: false, failure: { kind: 'auth' } }) }),
      { to: MARIA },
      'contact',
    );
    expect(contactLineText(refused, format)).toMatch(/check Settings/);
  });

  it('names a contact without a name by its ID', async () => {
    const found = await lookUpRecipientContact(
      api({
        getContact: async () => ({ ok: true, contact: { ...maria, firstName: '', lastName: '' } }),
      }),
      { contactId: 41 },
      'contact',
    );
    expect(found).toMatchObject({ name: 'Contact 41' });
  });
});

describe('the contact cache', () => {
  it('asks once within its time, and again after a failure has aged', async () => {
    let now = 0;
    const cache = createContactCache(() => now);
    const lookUp = vi.fn(async () => ({ kind: 'failed' as const, settings: false }));
    await cache.get('k', lookUp);
    await cache.get('k', lookUp);
    expect(lookUp).toHaveBeenCalledTimes(1);
    now += FAILED_LOOKUP_CACHE_MS + 1;
    await cache.get('k', lookUp);
    expect(lookUp).toHaveBeenCalledTimes(2);
  });

  it('keeps a found name longer than a failure', async () => {
    let now = 0;
    const cache = createContactCache(() => now);
    const lookUp = vi.fn(async () => ({ kind: 'new-contact' as const }));
    await cache.get('k', lookUp);
    now += FAILED_LOOKUP_CACHE_MS + 1;
    await cache.get('k', lookUp);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });
});
