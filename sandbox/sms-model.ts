import { outboundSmsModel, type SmsModel } from './delivery.ts';
import { formatDollars } from './money.ts';
import type { InboundMessage, SandboxState, SentMessage } from './state.ts';

/** One SMS of an organization, either way; both kinds answer schema_model_sms. */
export type OrgMessage =
  | { direction: 'egress'; sms: SentMessage }
  | { direction: 'ingress'; sms: InboundMessage };

/** The one builder of schema_model_sms, shared by the single-SMS and the list endpoint. */
export function smsModel(entry: OrgMessage, now: number, stepMs: number): SmsModel {
  return entry.direction === 'egress'
    ? outboundSmsModel(entry.sms, now, stepMs)
    : inboundSmsModel(entry.sms);
}

/**
 * An inbound SMS has nothing left to deliver and costs nothing: done, no telco error, and no
 * delivery receipt (`deliveredToTelco: false`, `deliveredToPhone: "unknown"`).
 */
function inboundSmsModel(sms: InboundMessage): SmsModel {
  const created = new Date(sms.receivedAt).toISOString();
  return {
    id: sms.messageId,
    direction: 'ingress',
    created,
    sender: sms.from,
    recipient: sms.to,
    contactId: sms.contactId,
    pricePerPart: 0,
    successPartCount: sms.parts,
    successT: created,
    message: sms.message,
    deliveredToTelco: false,
    deliveredToPhone: 'unknown',
    done: true,
    error: '',
    deliveryError: '',
    client_ref: '',
    chargedMicro: 0,
    chargedHuman: formatDollars(0),
  };
}

/** The organization's SMS in both directions, newest first; same millisecond: later one first. */
export function orgMessagesNewestFirst(state: SandboxState, orgId: number): OrgMessage[] {
  const entries: Array<OrgMessage & { time: number; sequence: number }> = [
    ...state.messages
      .filter((sms) => sms.orgId === orgId)
      .map((sms) => ({
        direction: 'egress' as const,
        sms,
        time: sms.sentAt,
        sequence: sms.sequence,
      })),
    ...state.inbound
      .filter((sms) => sms.orgId === orgId)
      .map((sms) => ({
        direction: 'ingress' as const,
        sms,
        time: sms.receivedAt,
        sequence: sms.sequence,
      })),
  ];
  return entries.sort((a, b) => b.time - a.time || b.sequence - a.sequence);
}

/** The SMS with that id in the organization, sent or received. */
export function findOrgMessage(
  state: SandboxState,
  orgId: number,
  messageId: string,
): OrgMessage | undefined {
  const sent = state.findMessage(orgId, messageId);
  if (sent) return { direction: 'egress', sms: sent };
  const inbound = state.findInbound(orgId, messageId);
  return inbound ? { direction: 'ingress', sms: inbound } : undefined;
}
