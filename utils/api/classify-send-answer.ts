import type { Answer } from './exchange.ts';
import type { AcceptedMessage, SendOutcome } from './outcome.ts';
import { readJsonAnswer } from './read-json-answer.ts';
import { rateLimitedOutcome } from './retry-after.ts';
import { refusalResponseSchema, type SendResponse, sendResponseSchema } from './schemas.ts';
import { describeZodError } from './zod-detail.ts';

/** Turns a send's HTTP answer into an outcome. Pure: the status decides, the body fills in. */
export function classifySendAnswer(answer: Answer, nowMs: number): SendOutcome {
  const { status } = answer;
  if (status >= 200 && status < 300) return readAccepted(answer, 'sent');
  if (status === 400) return readRefusal(answer);
  if (status === 401 || status === 403) return { kind: 'auth' };
  if (status === 402) return { kind: 'funds' };
  if (status === 409) return readAccepted(answer, 'duplicate');
  if (status === 429) return rateLimitedOutcome(answer.headers, nowMs);
  if (status >= 500 && status <= 599) return { kind: 'server', status };
  return { kind: 'unexpected-status', status };
}

function readAccepted(answer: Answer, kind: 'sent' | 'duplicate'): SendOutcome {
  const { status } = answer;
  const json = readJsonAnswer(answer);
  // The body is how we learn the messageId: losing it midway is a lost answer, not a refusal.
  if (json.kind === 'timed-out') return { kind: 'timeout' };
  if (json.kind === 'broken') return { kind: 'network', detail: json.detail };
  if (json.kind === 'unreadable') return { kind: 'malformed', status, detail: json.detail };
  const parsed = sendResponseSchema.safeParse(json.value);
  if (!parsed.success) return { kind: 'malformed', status, detail: describeZodError(parsed.error) };
  // A 409 carries an error text by design ("duplicate clientDedup"); a 200 must not.
  if (kind === 'sent' && hasErrorText(parsed.data.error)) {
    return { kind: 'malformed', status, detail: 'error set in a success answer' };
  }
  return { kind, ...toAcceptedMessage(parsed.data) };
}

function readRefusal(answer: Answer): SendOutcome {
  const json = readJsonAnswer(answer);
  if (json.kind !== 'json') {
    const detail = json.kind === 'timed-out' ? 'timed out reading the body' : json.detail;
    return { kind: 'malformed', status: answer.status, detail };
  }
  const parsed = refusalResponseSchema.safeParse(json.value);
  if (!parsed.success) {
    return { kind: 'malformed', status: answer.status, detail: describeZodError(parsed.error) };
  }
  const { error, detail } = parsed.data;
  const serverError = textOf(error) || textOf(detail);
  return { kind: 'invalid', origin: 'server', serverError };
}

function hasErrorText(error: string | null | undefined): boolean {
  return typeof error === 'string' && error.trim() !== '';
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function toAcceptedMessage(response: SendResponse): AcceptedMessage {
  return {
    messageId: response.messageId,
    parts: response.estimateParts,
    estimateMicro: response.estimateMicro,
    estimate: response.estimate,
    deliveryDeadline: response.deliveryDeadline,
    contactId: response.contactId,
    to: response.to,
  };
}
