import { z } from 'zod';
import { failureSchema } from '@/utils/failure/failure';

/**
 * One message from the moment the user pressed Send: the outbox and the history are the same list,
 * so a message can never be in one and missing from the other.
 *  queued  → waiting for its first or next attempt (nextAttemptAt)
 *  held    → the pace guard or quiet hours hold it until heldUntil (`failure` says which)
 *  sending → a POST is in flight; found at start-up, it means the worker died mid-request
 *  sent    → engageSPARK accepted it (delivery follows)
 *  failed  → engageSPARK refused it, or we gave up; `outcomeUnknown` says whether it may have gone
 *  cancelled → the user stopped it before it was sent
 */
const messageStatusSchema = z.enum(['queued', 'held', 'sending', 'sent', 'failed', 'cancelled']);
type MessageStatus = z.infer<typeof messageStatusSchema>;

export const recipientSchema = z.union([
  z.object({ to: z.string().regex(/^\d{7,15}$/) }).strict(),
  z.object({ contactId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict(),
]);
export type Recipient = z.infer<typeof recipientSchema>;

const deliverySchema = z.enum(['pending', 'delivered-to-telco', 'delivered', 'failed', 'unknown']);
export type Delivery = z.infer<typeof deliverySchema>;

export const messageRecordSchema = z.object({
  /** Also the clientDedup sent to engageSPARK: every retry of this record reuses it. */
  id: z.string().min(8).max(100),
  clientRef: z.string().max(200),
  createdAt: z.number(),
  updatedAt: z.number(),
  recipient: recipientSchema,
  endpoint: z.enum(['contact', 'phonenumber']),
  // The bounds of a send request: a longer record was not written by this extension.
  from: z.string().max(16),
  message: z.string().max(5000),
  status: messageStatusSchema,
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number().optional(),
  heldUntil: z.number().optional(),
  /** Why it failed or why it waits, as a code (describe-failure.ts has the words). */
  failure: failureSchema.optional(),
  outcomeUnknown: z.boolean().optional(),
  messageId: z.string().optional(),
  parts: z.number().optional(),
  estimateMicro: z.number().optional(),
  estimate: z.string().optional(),
  deliveryDeadline: z.string().optional(),
  contactId: z.number().optional(),
  sentTo: z.string().optional(),
  sentAt: z.number().optional(),
  delivery: deliverySchema.optional(),
  deliveryError: z.string().optional(),
  deliveryPolls: z.number().int().min(0).optional(),
  nextDeliveryPollAt: z.number().optional(),
  /** When the user confirmed "Send now anyway" for a message held by quiet hours. */
  quietHoursOverriddenAt: z.number().optional(),
});
export type MessageRecord = z.infer<typeof messageRecordSchema>;

const UNFINISHED_STATUSES: readonly MessageStatus[] = ['queued', 'held', 'sending'];

export function isUnfinished(record: MessageRecord): boolean {
  return UNFINISHED_STATUSES.includes(record.status);
}
