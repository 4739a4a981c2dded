import {
  balanceUrl,
  deliveryStatusUrl,
  isSafeMessageId,
  parseApiBase,
  sendUrl,
} from './api-urls.ts';
import { buildSendBody, type SendSmsInput } from './build-send-body.ts';
import { capAnswerText } from './cap-answer-text.ts';
import { classifyBalanceAnswer } from './classify-balance-answer.ts';
import { classifyDeliveryStatusAnswer } from './classify-delivery-status-answer.ts';
import { classifySendAnswer } from './classify-send-answer.ts';
import { type Answer, type ApiRequest, exchange } from './exchange.ts';
import type { BalanceResult, DeliveryStatusResult, LookupFailure } from './lookup-result.ts';
import type { SendOutcome } from './outcome.ts';
import { redactSecret } from './redact-secret.ts';
import type { RequestProblem } from './request-problem.ts';
import { orgIdSchema } from './schemas.ts';

export type { SendSmsInput } from './build-send-body.ts';

/** Below the 30 seconds after which a browser may stop an MV3 service worker's fetch. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface EngageSparkCredentials {
  /** e.g. "https://api.engagespark.com"; a trailing slash or a path prefix is fine. */
  apiUrl: string;
  apiKey: string;
  orgId: number;
}

export interface EngageSparkClientDeps {
  fetch: typeof fetch;
  credentials: EngageSparkCredentials;
  /** Clock for Retry-After dates; Date.now by default. */
  now?: () => number;
  /** One deadline for each whole request, answer body included. */
  timeoutMs?: number;
}

export interface EngageSparkClient {
  /** Never throws: every failure is an outcome. */
  sendSms(input: SendSmsInput): Promise<SendOutcome>;
  /** Also the Settings page's connection test. Never throws. */
  getBalance(): Promise<BalanceResult>;
  getDeliveryStatus(messageId: string | number): Promise<DeliveryStatusResult>;
}

/** The engageSPARK API without any browser API, so it runs (and is tested) anywhere. */
export function createEngageSparkClient(deps: EngageSparkClientDeps): EngageSparkClient {
  const { credentials } = deps;
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const settings = checkSettings(credentials);

  const call = async <T>(
    request: Omit<ApiRequest, 'apiKey'>,
    classify: (answer: Answer, nowMs: number) => T,
    onFailure: (failure: { kind: 'timeout' } | { kind: 'network'; detail: string }) => T,
  ): Promise<T> => {
    const result = await exchange(
      deps.fetch,
      { ...request, apiKey: credentials.apiKey },
      timeoutMs,
    );
    const value = result.kind === 'answer' ? classify(result.answer, now()) : onFailure(result);
    // Redacted before it is cut, so a cut can never leave a piece of the key behind.
    return capAnswerText(redactSecret(value, credentials.apiKey));
  };

  const lookupFailed = (failure: LookupFailure): { ok: false; failure: LookupFailure } => ({
    ok: false,
    failure,
  });

  return {
    async sendSms(input) {
      if (!settings.ok) return { kind: 'invalid', origin: 'local', problems: settings.problems };
      const built = buildSendBody(credentials.orgId, input);
      if (!built.ok) return { kind: 'invalid', origin: 'local', problems: built.problems };
      const url = sendUrl(settings.base, input.endpoint);
      return call(
        { method: 'POST', url, json: built.body },
        classifySendAnswer,
        (failure) => failure,
      );
    },

    async getBalance() {
      if (!settings.ok) return lookupFailed({ kind: 'invalid', problems: settings.problems });
      const url = balanceUrl(settings.base, credentials.orgId);
      return call({ method: 'GET', url }, classifyBalanceAnswer, lookupFailed);
    },

    async getDeliveryStatus(messageId) {
      if (!settings.ok) return lookupFailed({ kind: 'invalid', problems: settings.problems });
      const id = String(messageId).trim();
      if (!isSafeMessageId(id)) return lookupFailed({ kind: 'invalid', problems: ['message-id'] });
      const url = deliveryStatusUrl(settings.base, credentials.orgId, id);
      return call({ method: 'GET', url }, classifyDeliveryStatusAnswer, lookupFailed);
    },
  };
}

type CheckedSettings = { ok: true; base: URL } | { ok: false; problems: RequestProblem[] };

/** Settings are checked once, up front, so a bad one is reported before any request. */
function checkSettings(credentials: EngageSparkCredentials): CheckedSettings {
  const problems: RequestProblem[] = [];
  const base = parseApiBase(credentials.apiUrl);
  if (!base.ok) problems.push(base.problem);
  // Visible ASCII only: anything else is a paste accident and would break the header.
  if (!/^[\x21-\x7e]+$/.test(credentials.apiKey)) problems.push('api-key');
  if (!orgIdSchema.safeParse(credentials.orgId).success) problems.push('org-id');
  if (!base.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, base: base.base };
}
