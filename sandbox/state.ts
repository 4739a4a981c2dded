import type { IncomingHttpHeaders } from 'node:http';
import type { SendEndpoint } from './constants.ts';
import { DEFAULT_API_KEY, DEFAULT_BALANCE_MICRO, DEFAULT_ORG_ID } from './constants.ts';
import { type FaultConfig, type FaultMode, FaultSwitch } from './faults.ts';
import type { Encoding } from './segments.ts';
import type { SendResponse } from './send-response.ts';

/** The name fields of schema_contact a test may set; "" when not given. */
export interface ContactNames {
  firstName: string;
  lastName: string;
  language: string;
}

export const NO_NAMES: ContactNames = { firstName: '', lastName: '', language: '' };

/** Ids grow in creation order, so "newest contact" = highest id (createdAt can tie on a fake clock). */
export interface Contact extends ContactNames {
  id: number;
  orgId: number;
  /** International digits without "+". */
  phone: string;
  createdAt: number;
}

/** An SMS a phone wrote to the organization (POST /__sandbox/inbound). */
export interface InboundMessage {
  messageId: string;
  orgId: number;
  /** International digits without "+", as the phone wrote from. */
  from: string;
  /** The organization's number the SMS arrived on. */
  to: string;
  message: string;
  parts: number;
  /** The newest contact with that phone when the SMS arrived; 0 when none. */
  contactId: number;
  receivedAt: number;
  /** Shared with SentMessage: orders messages created in the same millisecond. */
  sequence: number;
}

export interface SentMessage {
  messageId: string;
  orgId: number;
  endpoint: SendEndpoint;
  /** 0 when sent through /v1/sms/phonenumber. */
  contactId: number;
  to: string;
  message: string;
  from: string;
  clientDedup: string;
  clientRef: string;
  encoding: Encoding;
  parts: number;
  costMicro: number;
  sentAt: number;
  /** Shared with InboundMessage: orders messages created in the same millisecond. */
  sequence: number;
  /** The body answered with 200; a clientDedup repeat (409) answers it again. */
  response: SendResponse;
}

export interface RequestRecord {
  method: string;
  /** The path with its query string, as received. */
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, null when the body was empty or not JSON (see rawBody). */
  body: unknown;
  rawBody: string;
  /** ISO time of arrival. */
  time: string;
  fault: FaultMode;
  /** The status answered; null while held or when no answer was ever sent (hang, drop). */
  status: number | null;
  /** The connection closed before an answer was complete: the client gave up, or a drop fault. */
  closedUnanswered: boolean;
}

export interface StartConfig {
  keys: Record<string, number>;
  balances: Record<number, number>;
  faults?: FaultConfig;
}

export const DEFAULT_START_CONFIG: StartConfig = {
  keys: { [DEFAULT_API_KEY]: DEFAULT_ORG_ID },
  balances: {},
};

/** Everything the sandbox remembers; `reset()` returns it to how it started. */
export class SandboxState {
  balances = new Map<number, number>();
  contacts: Contact[] = [];
  messages: SentMessage[] = [];
  inbound: InboundMessage[] = [];
  requests: RequestRecord[] = [];
  faults = new FaultSwitch();
  private nextContactId = 1;
  private messageCounter = 0;

  constructor(private readonly start: StartConfig = DEFAULT_START_CONFIG) {
    this.reset();
  }

  reset(): void {
    this.balances = initialBalances(this.start);
    this.contacts = [];
    this.messages = [];
    this.inbound = [];
    this.requests = [];
    this.faults = new FaultSwitch(this.start.faults);
    this.nextContactId = 1;
    this.messageCounter = 0;
  }

  orgForKey(key: string): number | undefined {
    return Object.hasOwn(this.start.keys, key) ? this.start.keys[key] : undefined;
  }

  /** The organization of the first key: the one control endpoints use when no orgId is given. */
  defaultOrgId(): number {
    return Object.values(this.start.keys)[0] ?? DEFAULT_ORG_ID;
  }

  balanceOf(orgId: number): number {
    return this.balances.get(orgId) ?? 0;
  }

  setBalance(orgId: number, micro: number): void {
    this.balances.set(orgId, micro);
  }

  findContact(orgId: number, id: number): Contact | undefined {
    return this.contacts.find((contact) => contact.orgId === orgId && contact.id === id);
  }

  /** The real API picks the most recently created contact when several share a number. */
  latestContactWithPhone(orgId: number, phone: string): Contact | undefined {
    return this.contacts.findLast((contact) => contact.orgId === orgId && contact.phone === phone);
  }

  createContact(
    orgId: number,
    phone: string,
    createdAt: number,
    names: ContactNames = NO_NAMES,
  ): Contact {
    const contact = { id: this.nextContactId++, orgId, phone, createdAt, ...names };
    this.contacts.push(contact);
    return contact;
  }

  findByDedup(orgId: number, clientDedup: string): SentMessage | undefined {
    return this.messages.find((sent) => sent.orgId === orgId && sent.clientDedup === clientDedup);
  }

  findMessage(orgId: number, messageId: string): SentMessage | undefined {
    return this.messages.find((sent) => sent.orgId === orgId && sent.messageId === messageId);
  }

  findInbound(orgId: number, messageId: string): InboundMessage | undefined {
    return this.inbound.find((sms) => sms.orgId === orgId && sms.messageId === messageId);
  }

  nextMessageNumber(): number {
    this.messageCounter += 1;
    return this.messageCounter;
  }
}

/** Every org that has a key starts with the default balance unless one is given. */
function initialBalances(start: StartConfig): Map<number, number> {
  const balances = new Map<number, number>();
  for (const orgId of Object.values(start.keys)) balances.set(orgId, DEFAULT_BALANCE_MICRO);
  for (const [orgId, micro] of Object.entries(start.balances)) balances.set(Number(orgId), micro);
  return balances;
}
