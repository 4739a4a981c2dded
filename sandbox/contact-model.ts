import type { Contact } from './state.ts';

/** schema_contact of the OpenAPI document (every field there is optional; the sandbox sets these). */
export interface ContactModel {
  id: number;
  fullPhoneNumber: string;
  firstName: string;
  lastName: string;
  language: string;
  groups: number[];
  customFields: Record<string, string>;
  carrier: string;
  createdAt: string;
  updatedAt: string;
  noAutodelete: boolean;
  withBsuid: boolean;
  invalid: boolean;
}

/**
 * The sandbox has no groups, custom fields or carriers, and never edits a contact, so `updatedAt`
 * is `createdAt`. `lastUseAt` and `subscription` are left out (the document makes them optional).
 */
export function contactModel(contact: Contact): ContactModel {
  const created = new Date(contact.createdAt).toISOString();
  return {
    id: contact.id,
    fullPhoneNumber: contact.phone,
    firstName: contact.firstName,
    lastName: contact.lastName,
    language: contact.language,
    groups: [],
    customFields: {},
    carrier: '',
    createdAt: created,
    updatedAt: created,
    noAutodelete: false,
    withBsuid: false,
    invalid: false,
  };
}

/** Newest created first; ids grow in creation order, so they break ties of the same millisecond. */
export function newestContactFirst(a: Contact, b: Contact): number {
  return b.createdAt - a.createdAt || b.id - a.id;
}

/** What `search` looks at in a contact: each name, the full name, the phone digits. */
export function contactSearchFields(contact: Contact): string[] {
  const fullName = `${contact.firstName} ${contact.lastName}`.trim();
  return [contact.firstName, contact.lastName, fullName, contact.phone];
}
