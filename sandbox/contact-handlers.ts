import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { contactModel, contactSearchFields, newestContactFirst } from './contact-model.ts';
import type { HandlerContext } from './context.ts';
import type { Reply } from './http-io.ts';
import { authorizeOrg } from './org-handlers.ts';
import { badRequest, matchesSearch, pageParams, type QueryValue } from './query-params.ts';
import { normalizePhone, parsePositiveInteger } from './send-request.ts';

/**
 * The document gives no default or limit for `page`/`size` of the contact list; the sandbox uses
 * the ones documented for the SMS list: pages start at 1, size defaults to and is capped at 1000.
 */
export const CONTACT_PAGE_SIZE_MAX = 1000;

/**
 * GET /v1/organizations/{orgId}/contacts/?phonenumber=&region=&search=&page=&size=
 * → `{total, orgTotal, contacts: [schema_contact]}`, newest created first.
 */
export function handleContactList(ctx: HandlerContext): Reply {
  const auth = authorizeOrg(ctx);
  if ('reply' in auth) return auth.reply;
  const paging = pageParams(ctx.query, CONTACT_PAGE_SIZE_MAX);
  if (!paging.ok) return paging.reply;
  const phone = phoneFilter(ctx.query);
  if (!phone.ok) return phone.reply;
  const search = ctx.query.get('search') ?? '';
  const orgContacts = ctx.state.contacts.filter((contact) => contact.orgId === auth.orgId);
  const matching = orgContacts
    .filter((contact) => phone.value === undefined || contact.phone === phone.value)
    .filter((contact) => search === '' || matchesSearch(search, contactSearchFields(contact)))
    .sort(newestContactFirst);
  const { start, size } = paging.value;
  return {
    status: 200,
    body: {
      total: matching.length,
      orgTotal: orgContacts.length,
      contacts: matching.slice(start, start + size).map(contactModel),
    },
  };
}

/** GET /v1/organizations/{orgId}/contacts/{contactId}/ → schema_contact, or 404 contact.notfound. */
export function handleContactGet(ctx: HandlerContext): Reply {
  const auth = authorizeOrg(ctx);
  if ('reply' in auth) return auth.reply;
  const id = parsePositiveInteger(ctx.params[1]);
  const contact = id === null ? undefined : ctx.state.findContact(auth.orgId, id);
  if (!contact) return { status: 404, body: { error: 'Not found', errorCode: 'contact.notfound' } };
  return { status: 200, body: contactModel(contact) };
}

/**
 * `phonenumber` as international digits: E.164 with optional "+", or with `region` a local number
 * of that 2-letter country, read with libphonenumber-js ("09171234567" in PH → "639171234567").
 */
function phoneFilter(query: URLSearchParams): QueryValue<string | undefined> {
  const raw = query.get('phonenumber') ?? '';
  if (raw === '') return { ok: true, value: undefined };
  const region = (query.get('region') ?? '').toUpperCase();
  if (region === '') {
    const digits = normalizePhone(raw);
    if (digits !== null) return { ok: true, value: digits };
    return {
      ok: false,
      reply: badRequest('phonenumber must be an international number: 7 to 15 digits, optional +'),
    };
  }
  if (!isSupportedCountry(region)) {
    return {
      ok: false,
      reply: badRequest(`region must be a 2-letter country code, got "${region}"`),
    };
  }
  const parsed = parsePhoneNumberFromString(raw, region);
  if (!parsed?.isPossible()) {
    return { ok: false, reply: badRequest(`phonenumber is not a phone number of ${region}`) };
  }
  return { ok: true, value: parsed.number.replace(/^\+/, '') };
}
