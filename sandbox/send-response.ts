import { isRecord, normalizePhone, parsePositiveInteger } from './send-request.ts';

/**
 * The body of both send endpoints, success or not (schema_sms of https://openapi.engagespark.com).
 * Errors keep the same structure: `error` is set and fields that are not known are "" or 0.
 */
export interface SendResponse {
  error: string;
  messageId: string;
  estimateParts: number;
  /** Price PER PART in micro-dollars, as documented ("Price per part, in millionths of a dollar"). */
  estimateMicro: number;
  /** Total estimated cost in dollars, rounded down to cents, e.g. "0.04" for 2 parts; "" if unknown. */
  estimate: string;
  /** ISO time, send time + 24 h; "" when nothing was sent. */
  deliveryDeadline: string;
  contactId: number;
  /** International digits without "+". */
  to: string;
  message: string;
  clientDedup: string;
  clientPushURL: string;
  clientRef: string;
  /** Only on 409: the documented code of a clientDedup repeat. */
  errorCode?: string;
  /** Required by schema_sms: "" except on 409, where it is the original's messageId. */
  dedupMessageId: string;
}

export const EMPTY_SEND_RESPONSE: SendResponse = {
  error: '',
  messageId: '',
  estimateParts: 0,
  estimateMicro: 0,
  estimate: '',
  deliveryDeadline: '',
  contactId: 0,
  to: '',
  message: '',
  clientDedup: '',
  clientPushURL: '',
  clientRef: '',
  dedupMessageId: '',
};

/** An error body echoing whatever fields of the request were well-formed. */
export function sendErrorBody(error: string, body: unknown): SendResponse {
  return { ...EMPTY_SEND_RESPONSE, ...echoFields(body), error };
}

/** The 409 answer: every field of the original 200, plus the documented duplicate markers. */
export function duplicateBody(original: SendResponse): SendResponse {
  return {
    ...original,
    error: 'duplicate clientDedup',
    errorCode: 'sms.clientdedup',
    dedupMessageId: original.messageId,
  };
}

function echoFields(body: unknown): Partial<SendResponse> {
  if (!isRecord(body)) return {};
  const echo: Partial<SendResponse> = {};
  const contactId = parsePositiveInteger(body.contactId);
  if (contactId !== null) echo.contactId = contactId;
  const to = normalizePhone(body.to ?? body.fullPhoneNumber);
  if (to !== null) echo.to = to;
  for (const field of ['message', 'clientDedup', 'clientPushURL', 'clientRef'] as const) {
    const value = body[field];
    if (typeof value === 'string') echo[field] = value;
  }
  return echo;
}
