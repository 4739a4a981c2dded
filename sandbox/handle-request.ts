import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerWithFault, type Exchange, finish } from './answer.ts';
import { MAX_BODY_BYTES } from './constants.ts';
import type { HandlerContext } from './context.ts';
import { type ParsedBody, parseJsonBody, readBody, writeJson } from './http-io.ts';
import { errorReply } from './org-handlers.ts';
import type { PendingReplies } from './pending.ts';
import { matchRoute, type Route } from './router.ts';
import type { RequestRecord, SandboxState } from './state.ts';

export interface ServerDeps {
  state: SandboxState;
  pending: PendingReplies;
  clock: () => number;
  deliveryStepMs: number;
  log: (line: string) => void;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ServerDeps,
): Promise<void> {
  const rawBody = await readBody(req, MAX_BODY_BYTES);
  if (rawBody === null) {
    writeJson(res, errorReply(413, 'request body too large'));
    return;
  }
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const match = matchRoute(req.method ?? 'GET', url.pathname);
  const body = parseJsonBody(rawBody);
  const ctx = contextFor(req, url, body, 'route' in match ? match.params : [], deps);
  if ('route' in match && match.route.kind === 'control') {
    answerControl(req, res, match.route, ctx);
    return;
  }
  const record = recordRequest(req, url, rawBody, body, ctx.now);
  deps.state.requests.push(record);
  res.on('close', () => {
    if (!res.writableFinished) record.closedUnanswered = true;
  });
  const exchange: Exchange = { req, res, record, log: deps.log };
  if ('reply' in match) {
    finish(exchange, match.reply);
    return;
  }
  const fault = deps.state.faults.take(match.route.kind === 'send');
  record.fault = fault.mode;
  answerWithFault(exchange, fault, match.route, ctx);
}

function contextFor(
  req: IncomingMessage,
  url: URL,
  body: ParsedBody,
  params: string[],
  deps: ServerDeps,
): HandlerContext {
  return {
    state: deps.state,
    pending: deps.pending,
    now: deps.clock(),
    deliveryStepMs: deps.deliveryStepMs,
    authorization: req.headers.authorization,
    body,
    params,
    query: url.searchParams,
  };
}

/** Control endpoints change the sandbox itself, so only this machine may call them. */
function answerControl(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  ctx: HandlerContext,
): void {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    writeJson(res, errorReply(403, 'control endpoints answer loopback clients only'));
    return;
  }
  writeJson(res, route.handle(ctx));
}

function recordRequest(
  req: IncomingMessage,
  url: URL,
  rawBody: string,
  body: ParsedBody,
  now: number,
): RequestRecord {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    path: url.pathname,
    headers: { ...req.headers },
    body: body.kind === 'json' ? body.value : null,
    rawBody,
    time: new Date(now).toISOString(),
    fault: 'none',
    status: null,
    closedUnanswered: false,
  };
}
