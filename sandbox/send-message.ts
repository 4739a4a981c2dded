import type { SendEndpoint } from './constants.ts';
import { DELIVERY_DEADLINE_MS, PRICE_PER_PART_MICRO } from './constants.ts';
import type { HandlerContext } from './context.ts';
import type { Reply } from './http-io.ts';
import { formatMessageId } from './message-id.ts';
import { formatDollars } from './money.ts';
import type { Parsed, SendInput } from './send-request.ts';
import { duplicateBody, EMPTY_SEND_RESPONSE, type SendResponse } from './send-response.ts';
import type { SandboxState, SentMessage } from './state.ts';

/** Who receives the message; `create` = a new contact is made only once the send is certain. */
interface Target {
  contactId: number;
  to: string;
  create: boolean;
}

/** Sends a validated request: dedup, recipient, funds, then charge and record. */
export function sendMessage(endpoint: SendEndpoint, input: SendInput, ctx: HandlerContext): Reply {
  const { state } = ctx;
  const original = input.clientDedup
    ? state.findByDedup(input.orgId, input.clientDedup)
    : undefined;
  if (original) return { status: 409, body: duplicateBody(original.response) };
  const target = resolveTarget(endpoint, input, state);
  if (!target.ok) {
    const contactId = 'contactId' in input.recipient ? input.recipient.contactId : 0;
    return { status: 400, body: responseFor(input, target.error, contactId, '') };
  }
  const costMicro = input.segments.parts * PRICE_PER_PART_MICRO;
  const balance = state.balanceOf(input.orgId);
  if (balance < costMicro) {
    const { contactId, to } = target.value;
    return { status: 402, body: responseFor(input, 'insufficient funds', contactId, to) };
  }
  state.setBalance(input.orgId, balance - costMicro);
  const sent = recordMessage(endpoint, input, target.value, ctx);
  return { status: 200, body: sent.response };
}

function resolveTarget(
  endpoint: SendEndpoint,
  input: SendInput,
  state: SandboxState,
): Parsed<Target> {
  const { recipient, orgId } = input;
  if ('contactId' in recipient) {
    const contact = state.findContact(orgId, recipient.contactId);
    if (!contact) return { ok: false, error: 'contact not found' };
    return { ok: true, value: { contactId: contact.id, to: contact.phone, create: false } };
  }
  if (endpoint === 'phonenumber') {
    return { ok: true, value: { contactId: 0, to: recipient.phone, create: false } };
  }
  const existing = state.latestContactWithPhone(orgId, recipient.phone);
  return {
    ok: true,
    value: { contactId: existing?.id ?? 0, to: recipient.phone, create: existing === undefined },
  };
}

/** The fields known once the request is valid; messageId and deadline only come with sending. */
function responseFor(input: SendInput, error: string, contactId: number, to: string): SendResponse {
  return {
    ...EMPTY_SEND_RESPONSE,
    error,
    estimateParts: input.segments.parts,
    estimateMicro: PRICE_PER_PART_MICRO,
    estimate: formatDollars(input.segments.parts * PRICE_PER_PART_MICRO),
    contactId,
    to,
    message: input.message,
    clientDedup: input.clientDedup,
    clientPushURL: input.clientPushURL,
    clientRef: input.clientRef,
  };
}

function recordMessage(
  endpoint: SendEndpoint,
  input: SendInput,
  target: Target,
  ctx: HandlerContext,
): SentMessage {
  const { state, now } = ctx;
  const contactId = target.create
    ? state.createContact(input.orgId, target.to, now).id
    : target.contactId;
  const sequence = state.nextMessageNumber();
  const response: SendResponse = {
    ...responseFor(input, '', contactId, target.to),
    messageId: formatMessageId(now, input.orgId, sequence),
    deliveryDeadline: new Date(now + DELIVERY_DEADLINE_MS).toISOString(),
  };
  const sent: SentMessage = {
    messageId: response.messageId,
    orgId: input.orgId,
    endpoint,
    contactId,
    to: target.to,
    message: input.message,
    from: input.from,
    clientDedup: input.clientDedup,
    clientRef: input.clientRef,
    encoding: input.segments.encoding,
    parts: input.segments.parts,
    costMicro: input.segments.parts * PRICE_PER_PART_MICRO,
    sentAt: now,
    sequence,
    response,
  };
  state.messages.push(sent);
  return sent;
}
