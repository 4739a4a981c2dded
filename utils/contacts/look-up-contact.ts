import { buildClientFromSettings } from '@/utils/connection/build-client';
import { needsSettings } from '@/utils/failure/failure';
import type { Recipient } from '@/utils/outbox/message-record';
import type { RecipientMode } from '@/utils/settings/settings-schema';
import { createContactCache } from './contact-cache';
import { lookUpRecipientContact, type RecipientContact } from './recipient-contact';

const cache = createContactCache();

/**
 * Who the recipient is, with the current settings; the composer's line and the reply
 * notification both ask here, through one cache. Never throws.
 */
export async function lookUpContact(
  recipient: Recipient,
  /** The endpoint to answer for; the settings' by default (a notification asks 'contact'). */
  endpointOverride?: RecipientMode,
): Promise<RecipientContact> {
  const connection = await buildClientFromSettings();
  if (!('api' in connection))
    return { kind: 'failed', settings: needsSettings(connection.failure) };
  const { settings, api } = connection;
  const endpoint = endpointOverride ?? settings.recipientMode;
  const target = 'to' in recipient ? `to:${recipient.to}` : `id:${recipient.contactId}`;
  // The organization and the endpoint are part of the key: a change in Settings asks again.
  const key = `${settings.apiUrl}|${settings.orgId}|${endpoint}|${target}`;
  return cache.get(key, () =>
    lookUpRecipientContact(api, recipient, endpoint).catch(() => ({
      kind: 'failed' as const,
      settings: false,
    })),
  );
}
