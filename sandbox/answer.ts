import type { IncomingMessage, ServerResponse } from 'node:http';
import { HUGE_BODY_BYTES } from './constants.ts';
import type { HandlerContext } from './context.ts';
import type { AppliedFault } from './faults.ts';
import { JSONL_TYPE, type Reply, writeHtml, writeJson } from './http-io.ts';
import { type Route, serverErrorBody } from './router.ts';
import type { RequestRecord } from './state.ts';

/** One request in flight: where to answer and where to note what was answered. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  record: RequestRecord;
  log: (line: string) => void;
}

export function finish(exchange: Exchange, reply: Reply, contentType?: string): void {
  const written = writeJson(exchange.res, reply, contentType);
  noteAnswer(exchange, written ? reply.status : null);
}

function noteAnswer(exchange: Exchange, status: number | null): void {
  const { record, log } = exchange;
  record.status = status;
  const fault = record.fault === 'none' ? '' : ` [${record.fault}]`;
  log(`${record.method} ${record.path} → ${status ?? 'no answer'}${fault}`);
}

/**
 * Runs the route under a fault. Faults that stand for a failure in front of the API (status500,
 * html, html200, hang) answer without processing; the others process first, then tamper with the
 * answer.
 */
export function answerWithFault(
  exchange: Exchange,
  fault: AppliedFault,
  route: Route,
  ctx: HandlerContext,
): void {
  if (failBeforeProcessing(exchange, fault, route, ctx)) return;
  const handled = route.handle(ctx);
  const reply = fault.mode === 'huge' ? padToHuge(handled) : handled;
  const answer = (): void =>
    finish(exchange, reply, fault.mode === 'jsonl' ? JSONL_TYPE : undefined);
  if (fault.mode === 'slow') ctx.pending.delay(answer, fault.delayMs);
  else if (fault.mode === 'hold') ctx.pending.hold(answer);
  else if (fault.mode === 'dropAfterAccept') dropConnection(exchange);
  else answer();
}

/** Answers for the faults that never reach the API; false when the request must be processed. */
function failBeforeProcessing(
  exchange: Exchange,
  fault: AppliedFault,
  route: Route,
  ctx: HandlerContext,
): boolean {
  switch (fault.mode) {
    case 'status500':
      finish(exchange, { status: 500, body: serverErrorBody(route, ctx) });
      return true;
    case 'html':
      answerHtml(exchange, 502);
      return true;
    case 'html200':
      answerHtml(exchange, 200);
      return true;
    case 'hang':
      noteAnswer(exchange, null);
      return true;
    default:
      return false;
  }
}

/** The real answer with a `padding` field that makes the JSON body at least HUGE_BODY_BYTES. */
function padToHuge(reply: Reply): Reply {
  const fields = typeof reply.body === 'object' && reply.body !== null ? reply.body : {};
  return { ...reply, body: { ...fields, padding: 'x'.repeat(HUGE_BODY_BYTES) } };
}

function dropConnection(exchange: Exchange): void {
  exchange.req.socket.destroy();
  noteAnswer(exchange, null);
}

function answerHtml(exchange: Exchange, status: number): void {
  writeHtml(exchange.res, status);
  noteAnswer(exchange, status);
}
