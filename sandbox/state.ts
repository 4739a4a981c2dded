import type { IncomingHttpHeaders } from 'node:http';
import type { SendEndpoint } from './constants.ts';
import { DEFAULT_API_KEY, DEFAULT_BALANCE_MICRO, DEFAULT_ORG_ID } from './constants.ts';
import { type FaultConfig, type FaultMode, FaultSwitch } from './faults.ts';
import type { Encoding } from './segments.ts';
import type { SendResponse } from './send-response.ts';

export interface Contact {
  id: number;
  orgId: number;
  /** International digits without "+". */
  phone: string;
  createdAt: number;
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
    this.requests = [];
    this.faults = new FaultSwitch(this.start.faults);
    this.nextContactId = 1;
    this.messageCounter = 0;
  }

  orgForKey(key: string): number | undefined {
    return Object.hasOwn(this.start.keys, key) ? this.start.keys[key] : undefined;
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

  createContact(orgId: number, phone: string, createdAt: number): Contact {
    const contact = { id: this.nextContactId++, orgId, phone, createdAt };
    this.contacts.push(contact);
    return contact;
  }

  findByDedup(orgId: number, clientDedup: string): SentMessage | undefined {
    return this.messages.find((sent) => sent.orgId === orgId && sent.clientDedup === clientDedup);
  }

  findMessage(orgId: number, messageId: string): SentMessage | undefined {
    return this.messages.find((sent) => sent.orgId === orgId && sent.messageId === messageId);
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
