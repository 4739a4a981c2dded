import { type BalanceLookup, getBalance } from './endpoints/balance.ts';
import {
  type ContactLookup,
  type ContactsLookup,
  findContactsByPhone,
  getContact,
} from './endpoints/contacts.ts';
import { type DeliveryStatusLookup, getDeliveryStatus } from './endpoints/delivery-status.ts';
import { listMessages, type MessagesLookup, type MessagesQuery } from './endpoints/messages.ts';
import { type SendSmsInput, sendSms } from './endpoints/send.ts';
import type { SendOutcome } from './endpoints/send-outcome.ts';
import { type EngageSparkCredentials, openSession } from './transport/session.ts';

export type { EngageSparkCredentials } from './transport/session.ts';

/** Below the 30 seconds after which a browser may stop an MV3 service worker's fetch. */
export const DEFAULT_TIMEOUT_MS = 20_000;

interface EngageSparkClientDeps {
  fetch: typeof fetch;
  credentials: EngageSparkCredentials;
  /** Clock for Retry-After dates; Date.now by default. */
  now?: () => number;
  /** One deadline for each whole request, answer body included. */
  timeoutMs?: number;
}

/** One method per endpoint module in ./endpoints; none of them throws. */
export interface EngageSparkClient {
  sendSms(input: SendSmsInput): Promise<SendOutcome>;
  /** Also the Settings page's connection test. */
  getBalance(): Promise<BalanceLookup>;
  getDeliveryStatus(messageId: string | number): Promise<DeliveryStatusLookup>;
  /** The contacts with this number (international digits, no "+"). */
  findContactsByPhone(digits: string): Promise<ContactsLookup>;
  getContact(contactId: number): Promise<ContactLookup>;
  listMessages(query: MessagesQuery): Promise<MessagesLookup>;
}

/** The engageSPARK API without any browser API, so it runs (and is tested) anywhere. */
export function createEngageSparkClient(deps: EngageSparkClientDeps): EngageSparkClient {
  const session = openSession({
    fetch: deps.fetch,
    credentials: deps.credentials,
    now: deps.now ?? Date.now,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  return {
    sendSms: (input) => sendSms(session, input),
    getBalance: () => getBalance(session),
    getDeliveryStatus: (messageId) => getDeliveryStatus(session, messageId),
    findContactsByPhone: (digits) => findContactsByPhone(session, digits),
    getContact: (contactId) => getContact(session, contactId),
    listMessages: (query) => listMessages(session, query),
  };
}
