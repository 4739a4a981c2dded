import { z } from 'zod';
import { messageIdSchema, wholeNumberSchema } from '../answers/fields.ts';
import {
  type LookupResult,
  lookupFailed,
  readLookupAnswer,
} from '../answers/read-lookup-answer.ts';
import { answerPhoneDigits, cleanUntrustedText } from '../answers/untrusted-text.ts';
import { MAX_ANSWER_TEXT } from '../transport/cap-answer-text.ts';
import type { Answer } from '../transport/exchange.ts';
import type { ApiSession } from '../transport/session.ts';
import { isoTime } from './contacts.ts';

/**
 * GET /v1/organizations/{orgId}/messages/: the organization's SMS, newest first. The extension
 * asks for inbound ones only (`dir=inbound`), from a start time on, to find replies.
 */

export interface MessagesQuery {
  dir: 'inbound' | 'outbound' | 'all';
  /** ISO time: messages created at or after it. */
  startDate?: string;
  /** The `nextPage` of an earlier answer, for the older messages of the same query. */
  after?: string;
  /** At most MAX_MESSAGES_LIMIT (the API answers 400 above it). */
  limit?: number;
}

/** One SMS of the list, as this extension keeps it: cleaned, cut, with a checked time. */
export interface ListedMessage {
  id: string;
  direction: 'egress' | 'ingress';
  /** ISO time the message was created. */
  created: string;
  /** International digits without "+"; undefined when the answer had no phone there. */
  sender: string | undefined;
  recipient: string | undefined;
  text: string;
  contactId: number | undefined;
}

export type MessagesLookup = LookupResult<{
  messages: ListedMessage[];
  /** Items of the answer that were not a readable message, left out. */
  skipped: number;
  hasNextPage: boolean;
  nextPage: string | undefined;
}>;

export const MAX_MESSAGES_LIMIT = 100;
/**
 * A reply is kept to the length every answer text is cut to (the session cuts it anyway): about
 * three SMS parts, enough for a thread; the rest is in engageSPARK.
 */
export const MAX_MESSAGE_TEXT = MAX_ANSWER_TEXT;
/** A cursor is an opaque token; a long one is not one the API made. */
const MAX_CURSOR_CHARS = 200;

/** Never throws. */
export async function listMessages(
  session: ApiSession,
  query: MessagesQuery,
): Promise<MessagesLookup> {
  if (!session.ok) return lookupFailed({ kind: 'invalid', problems: session.problems });
  const url = messagesUrl(session.base, session.orgId, query);
  return session.call({ method: 'GET', url }, classifyMessagesAnswer, lookupFailed);
}

export function messagesUrl(base: URL, orgId: number, query: MessagesQuery): URL {
  const url = new URL(`v1/organizations/${orgId}/messages/`, base);
  url.searchParams.set('dir', query.dir);
  const limit = Math.min(
    Math.max(1, Math.floor(query.limit ?? MAX_MESSAGES_LIMIT)),
    MAX_MESSAGES_LIMIT,
  );
  url.searchParams.set('limit', String(limit));
  if (query.startDate) url.searchParams.set('startDate', query.startDate);
  if (query.after) url.searchParams.set('after', query.after);
  return url;
}

const optionalText = z.string().nullish().catch(undefined);

/** schema_model_sms, the fields used here; without an id, a direction and a time it is skipped. */
export const listedMessageSchema = z.looseObject({
  id: messageIdSchema.pipe(z.string().max(128)),
  direction: z.enum(['egress', 'ingress']),
  created: z.string(),
  sender: optionalText,
  recipient: optionalText,
  message: optionalText,
  contactId: wholeNumberSchema.optional().catch(undefined),
});

export const messagesResponseSchema = z.looseObject({
  messages: z.array(z.unknown()),
  hasNextPage: z.boolean().optional().catch(undefined),
  nextPage: z.string().nullish().catch(undefined),
  paged: z.boolean().optional().catch(undefined),
});

function classifyMessagesAnswer(answer: Answer, nowMs: number): MessagesLookup {
  const read = readLookupAnswer(
    answer,
    nowMs,
    messagesResponseSchema,
    { kind: 'not-found' },
    'malformed',
  );
  if (!read.ok) return read;
  const items = read.value.messages.slice(0, MAX_MESSAGES_LIMIT);
  // Item by item: one damaged message does not hide the others.
  const messages = items.flatMap((item) => {
    const message = toListedMessage(item);
    return message ? [message] : [];
  });
  const nextPage = read.value.nextPage?.trim();
  const usableCursor = nextPage && nextPage.length <= MAX_CURSOR_CHARS ? nextPage : undefined;
  return {
    ok: true,
    messages,
    skipped: read.value.messages.length - messages.length,
    hasNextPage: read.value.hasNextPage === true && usableCursor !== undefined,
    nextPage: usableCursor,
  };
}

function toListedMessage(item: unknown): ListedMessage | undefined {
  const parsed = listedMessageSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const created = isoTime(parsed.data.created);
  if (!created) return undefined;
  return {
    id: parsed.data.id,
    direction: parsed.data.direction,
    created,
    sender: answerPhoneDigits(parsed.data.sender),
    recipient: answerPhoneDigits(parsed.data.recipient),
    text: cleanUntrustedText(parsed.data.message ?? '', MAX_MESSAGE_TEXT),
    contactId: parsed.data.contactId,
  };
}
