import { z } from 'zod';
import { parseApiBase } from '../api-urls.ts';
import type { RequestProblem } from '../request-problem.ts';
import { capAnswerText } from './cap-answer-text.ts';
import { type Answer, type ApiRequest, exchange } from './exchange.ts';
import { redactSecret } from './redact-secret.ts';

export const orgIdSchema = z.int().positive();

export interface EngageSparkCredentials {
  /** e.g. "https://api.engagespark.com"; a trailing slash or a path prefix is fine. */
  apiUrl: string;
  apiKey: string;
  orgId: number;
}

interface SessionDeps {
  fetch: typeof fetch;
  credentials: EngageSparkCredentials;
  /** Clock for Retry-After dates. */
  now: () => number;
  /** One deadline for each whole request, answer body included. */
  timeoutMs: number;
}

/** The connection failures every endpoint maps into its own result. */
type TransportFailure = { kind: 'timeout' } | { kind: 'network'; detail: string };

/**
 * What an endpoint module needs: where to send, for which organization, and one way to call.
 * `ok: false` when the settings were refused before any request (an endpoint reports them in
 * its own result type).
 */
export type ApiSession =
  | {
      ok: true;
      base: URL;
      orgId: number;
      /** One exchange, classified; the result redacted and capped. Never throws. */
      call<T>(
        request: Omit<ApiRequest, 'apiKey'>,
        classify: (answer: Answer, nowMs: number) => T,
        onFailure: (failure: TransportFailure) => T,
      ): Promise<T>;
    }
  | { ok: false; problems: RequestProblem[] };

/** Settings are checked once, up front, so a bad one is reported before any request. */
export function openSession(deps: SessionDeps): ApiSession {
  const { credentials, now, timeoutMs } = deps;
  const problems: RequestProblem[] = [];
  const base = parseApiBase(credentials.apiUrl);
  if (!base.ok) problems.push(base.problem);
  // Visible ASCII only: anything else is a paste accident and would break the header.
  if (!/^[\x21-\x7e]+$/.test(credentials.apiKey)) problems.push('api-key');
  if (!orgIdSchema.safeParse(credentials.orgId).success) problems.push('org-id');
  if (!base.ok || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    base: base.base,
    orgId: credentials.orgId,
    async call(request, classify, onFailure) {
      const result = await exchange(
        deps.fetch,
        { ...request, apiKey: credentials.apiKey },
        timeoutMs,
      );
      const value = result.kind === 'answer' ? classify(result.answer, now()) : onFailure(result);
      // Redacted before it is cut, so a cut can never leave a piece of the key behind.
      return capAnswerText(redactSecret(value, credentials.apiKey));
    },
  };
}
