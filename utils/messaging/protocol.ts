import { z } from 'zod';
import type { RecipientContact } from '@/utils/contacts/recipient-contact';
import type { Verdicts } from '@/utils/detect/candidate-checker';
import { MAX_CANDIDATE_LENGTH, MAX_CANDIDATES_PER_BATCH } from '@/utils/detect/candidate-limits';
import { type MessageRecord, recipientSchema } from '@/utils/outbox/message-record';
import type { PolicyView } from '@/utils/policy/managed-policy';

/**
 * Every message between the extension's parts: a name, one validated data argument, a typed result.
 * `from` says who may send it. Only the extension's own pages may spend money or see the key's
 * results; a content script, which lives in a hostile page, may only ask for its page's config,
 * for the composer to a number (composeFromPage) and which of its candidate strings are phone
 * numbers (checkPhoneCandidates).
 */
const sendSmsSchema = z.object({
  /** The draft's id, reused as clientDedup: two clicks or two windows on one draft send one SMS. */
  id: z.string().regex(/^[A-Za-z0-9-]{8,100}$/),
  recipient: recipientSchema,
  // A numeric sender id may be written with its "+": 15 digits and the plus.
  from: z.string().trim().max(16),
  message: z.string().min(1).max(5000),
});
export type SendSmsRequest = z.infer<typeof sendSmsSchema>;

/**
 * A content script asks for the composer with the number its button carries, and nothing more: no
 * text, which would reach the composer as if the user had written it. (A link's sms: body reaches
 * the composer only from the context menu, through the background, marked as suggested.)
 */
const composeFromPageSchema = z.object({ to: z.string().regex(/^\d{7,15}$/) }).strict();

/**
 * The content script's cheap finder proposes strings shaped like phone numbers; the background
 * says which are valid numbers (utils/detect/candidate-checker.ts), so the page carries no phone
 * metadata. Bounded per batch; the answer depends only on the strings and the user's country,
 * which the background reads itself, and only a frame whose site gets buttons is answered.
 */
const checkPhoneCandidatesSchema = z
  .object({
    candidates: z
      .array(z.string().min(1).max(MAX_CANDIDATE_LENGTH))
      .min(1)
      .max(MAX_CANDIDATES_PER_BATCH),
  })
  .strict();

const testConnectionSchema = z.object({
  apiUrl: z.string().url(),
  orgId: z.number().int().positive(),
  /** The key typed in the options page; absent = the saved one. */
  apiKey: z.string().min(1).max(200).optional(),
});

/** Who the recipient is: asked by the composer (names never go to a content script). */
const lookUpContactSchema = z.object({ recipient: recipientSchema }).strict();
/** The conversation with one number (international digits, no "+") was opened. */
const conversationSchema = z.object({ to: z.string().regex(/^\d{7,15}$/) }).strict();

const idSchema = z.object({ id: z.string().min(1).max(100) });
/**
 * Overrides of the consent guard carry the user's explicit confirmation: a page that skipped the
 * confirming step cannot send one by accident.
 */
const sendHeldNowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  confirmed: z.literal(true),
});
const removeOptOutSchema = z.strictObject({
  number: z.string().regex(/^\d{7,15}$/),
  confirmed: z.literal(true),
});
const emptySchema = z.object({}).strict().optional();

export type Trust = 'extension-page' | 'content-script';

export const PROTOCOL = {
  sendSms: { from: 'extension-page', data: sendSmsSchema },
  cancelMessage: { from: 'extension-page', data: idSchema },
  retryMessage: { from: 'extension-page', data: idSchema },
  sendHeldNow: { from: 'extension-page', data: sendHeldNowSchema },
  removeOptOut: { from: 'extension-page', data: removeOptOutSchema },
  refreshBalance: { from: 'extension-page', data: emptySchema },
  checkDeliveries: { from: 'extension-page', data: emptySchema },
  resumeOutbox: { from: 'extension-page', data: emptySchema },
  testConnection: { from: 'extension-page', data: testConnectionSchema },
  composeFromPage: { from: 'content-script', data: composeFromPageSchema },
  getPageConfig: { from: 'content-script', data: emptySchema },
  checkPhoneCandidates: { from: 'content-script', data: checkPhoneCandidatesSchema },
  getPolicy: { from: 'extension-page', data: emptySchema },
  lookUpContact: { from: 'extension-page', data: lookUpContactSchema },
  markConversationRead: { from: 'extension-page', data: conversationSchema },
  checkReplies: { from: 'extension-page', data: emptySchema },
} as const satisfies Record<string, { from: Trust; data: z.ZodType }>;

export type MessageName = keyof typeof PROTOCOL;
export type MessageData<N extends MessageName> = z.input<(typeof PROTOCOL)[N]['data']>;

/**
 * The balance (or the Settings page's connection test) as the pages show it: on failure, the
 * words from utils/failure (the API client's own result is BalanceLookup, a code).
 */
export type BalanceResult =
  | { ok: true; balanceMicro: number; display: string }
  | { ok: false; title: string; detail: string };

export type MessageResults = {
  sendSms: MessageRecord;
  cancelMessage: MessageRecord | undefined;
  retryMessage: MessageRecord | undefined;
  sendHeldNow: MessageRecord | undefined;
  removeOptOut: { removed: boolean };
  refreshBalance: BalanceResult;
  checkDeliveries: { checked: true };
  resumeOutbox: { resumed: true };
  testConnection: BalanceResult;
  composeFromPage: { opened: boolean };
  /** `marking`: whether the asking frame's site gets buttons (the user's site choices). */
  getPageConfig: { marking: boolean };
  /** One verdict per candidate, in order: its digits and how to show it, or null. */
  checkPhoneCandidates: Verdicts;
  /** The organization's policy without its key (only whether there is one), and its bad keys. */
  getPolicy: { view: PolicyView; warnings: string[] };
  lookUpContact: RecipientContact;
  markConversationRead: { unread: number };
  /** `failed`: the replies could not be loaded this time (the composer says so in plain words). */
  checkReplies: { failed: boolean };
};

// The one message the other way, from the background to content scripts, is SITES_CHANGED in
// tab-messages.ts: apart from this file, so the content script does not carry zod.

/** What crosses the wire: a failed call carries plain words, never a stack or a secret. */
export type Envelope<N extends MessageName = MessageName> = { name: N; data: MessageData<N> };
export type Reply<N extends MessageName> =
  | { ok: true; result: MessageResults[N] }
  | { ok: false; error: string };
