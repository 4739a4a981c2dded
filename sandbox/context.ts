import type { ParsedBody } from './http-io.ts';
import type { PendingReplies } from './pending.ts';
import type { SandboxState } from './state.ts';

/** What every handler gets for one request. */
export interface HandlerContext {
  state: SandboxState;
  pending: PendingReplies;
  /** The sandbox clock at arrival (epoch ms); a fake clock in tests. */
  now: number;
  deliveryStepMs: number;
  authorization: string | undefined;
  body: ParsedBody;
  /** Captured path segments, e.g. [orgId, messageId]. */
  params: string[];
  /** The query string, e.g. `phonenumber`, `after`, `limit` of the list endpoints. */
  query: URLSearchParams;
}

/** The parsed JSON body, or null when it was empty or not JSON. */
export function jsonBody(ctx: HandlerContext): unknown {
  return ctx.body.kind === 'json' ? ctx.body.value : null;
}
