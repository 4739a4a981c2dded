import { PRICE_PER_PART_MICRO } from './constants.ts';
import { formatDollars } from './money.ts';
import type { SentMessage } from './state.ts';

export type PhoneDelivery = 'unknown' | 'confirmed' | 'failed';

/**
 * schema_model_sms of the OpenAPI document, as answered by GET .../messages/{messageId}/ and in the
 * list GET .../messages/ (https://www.engagespark.com/support/sms-api-delivery-receipt/): the id is
 * `id`, and `deliveredToTelco` is a boolean; only `deliveredToPhone` is unknown/confirmed/failed.
 */
export interface SmsModel {
  id: string;
  direction: 'egress' | 'ingress';
  created: string;
  sender: string;
  recipient: string;
  contactId: number;
  pricePerPart: number;
  /** Parts handed to the telco; 0 until then. */
  successPartCount: number;
  /** When the telco took the message; absent until then (a date-time field cannot be ""). */
  successT?: string;
  message: string;
  deliveredToTelco: boolean;
  deliveredToPhone: PhoneDelivery;
  /** True once nothing will change any more. */
  done: boolean;
  /** Why the telco did not take the message. */
  error: string;
  /** The delivery receipt's error, when the telco took it and the phone did not get it. */
  deliveryError: string;
  client_ref: string;
  chargedMicro: number;
  chargedHuman: string;
}

/**
 * Numbers that fail, so clients can show failed deliveries:
 * - ending in 0000: the telco takes the message, the receipt says "unreachable" (after 2 steps);
 * - ending in 9999: the telco refuses it, error "rejected by telco" (after 1 step).
 */
const UNREACHABLE_SUFFIX = '0000';
const REJECTED_SUFFIX = '9999';

/**
 * Delivery advances with time since sending: before 1 step nothing is known; after 1 step the
 * telco has it; after 2 steps the phone confirmed and the status is done.
 */
export function outboundSmsModel(sent: SentMessage, now: number, stepMs: number): SmsModel {
  const steps = Math.floor((now - sent.sentAt) / Math.max(stepMs, 1));
  const pending = pendingStatus(sent);
  if (steps < 1) return pending;
  if (sent.to.endsWith(REJECTED_SUFFIX))
    return { ...pending, done: true, error: 'rejected by telco' };
  const atTelco: SmsModel = {
    ...pending,
    deliveredToTelco: true,
    successPartCount: sent.parts,
    successT: new Date(sent.sentAt + stepMs).toISOString(),
  };
  if (steps < 2) return atTelco;
  if (sent.to.endsWith(UNREACHABLE_SUFFIX)) {
    return { ...atTelco, deliveredToPhone: 'failed', done: true, deliveryError: 'unreachable' };
  }
  return { ...atTelco, deliveredToPhone: 'confirmed', done: true };
}

function pendingStatus(sent: SentMessage): SmsModel {
  return {
    id: sent.messageId,
    direction: 'egress',
    created: new Date(sent.sentAt).toISOString(),
    sender: sent.from,
    recipient: sent.to,
    contactId: sent.contactId,
    pricePerPart: PRICE_PER_PART_MICRO,
    successPartCount: 0,
    message: sent.message,
    deliveredToTelco: false,
    deliveredToPhone: 'unknown',
    done: false,
    error: '',
    deliveryError: '',
    client_ref: sent.clientRef,
    chargedMicro: sent.costMicro,
    chargedHuman: formatDollars(sent.costMicro),
  };
}
