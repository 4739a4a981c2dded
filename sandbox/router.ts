import { handleContactGet, handleContactList } from './contact-handlers.ts';
import { type HandlerContext, jsonBody } from './context.ts';
import * as control from './control-handlers.ts';
import type { Reply } from './http-io.ts';
import { handleMessageList } from './message-list.ts';
import { errorReply, handleBalance, handleDeliveryStatus } from './org-handlers.ts';
import { handleSend } from './send-handler.ts';
import { sendErrorBody } from './send-response.ts';

/** send: the two SMS endpoints; read: the other /v1 endpoints; control: /__sandbox/. */
export type RouteKind = 'send' | 'read' | 'control';

export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  kind: RouteKind;
  handle: (ctx: HandlerContext) => Reply;
}

export type RouteMatch = { route: Route; params: string[] } | { reply: Reply };

const ROUTES: Route[] = [
  send(/^\/v1\/sms\/contact\/?$/, (ctx) => handleSend('contact', ctx)),
  send(/^\/v1\/sms\/phonenumber\/?$/, (ctx) => handleSend('phonenumber', ctx)),
  read(/^\/v1\/organizations\/([^/]+)\/balance\.json$/, handleBalance),
  read(/^\/v1\/organizations\/([^/]+)\/messages\/([^/]+)\/?$/, handleDeliveryStatus),
  read(/^\/v1\/organizations\/([^/]+)\/messages\/?$/, handleMessageList),
  read(/^\/v1\/organizations\/([^/]+)\/contacts\/?$/, handleContactList),
  read(/^\/v1\/organizations\/([^/]+)\/contacts\/([^/]+)\/?$/, handleContactGet),
  controlRoute('GET', 'requests', control.getRequests),
  controlRoute('GET', 'messages', control.getMessages),
  controlRoute('GET', 'contacts', control.getContacts),
  controlRoute('POST', 'contacts', control.postContact),
  controlRoute('GET', 'inbound', control.getInbound),
  controlRoute('POST', 'inbound', control.postInbound),
  controlRoute('GET', 'faults', control.getFaults),
  controlRoute('POST', 'faults', control.postFaults),
  controlRoute('POST', 'release', control.postRelease),
  controlRoute('POST', 'reset', control.postReset),
  controlRoute('POST', 'balance', control.postBalance),
];

function send(pattern: RegExp, handle: Route['handle']): Route {
  return { method: 'POST', pattern, kind: 'send', handle };
}

function read(pattern: RegExp, handle: Route['handle']): Route {
  return { method: 'GET', pattern, kind: 'read', handle };
}

function controlRoute(method: Route['method'], name: string, handle: Route['handle']): Route {
  return { method, pattern: new RegExp(`^/__sandbox/${name}/?$`), kind: 'control', handle };
}

/** The route for a request, or the 404/405 to answer when there is none. */
export function matchRoute(method: string, path: string): RouteMatch {
  const candidates = ROUTES.filter((route) => route.pattern.test(path));
  const route = candidates.find((candidate) => candidate.method === method);
  if (!route) {
    if (candidates.length > 0) return { reply: errorReply(405, 'method not allowed') };
    return { reply: errorReply(404, 'not found') };
  }
  const params = (route.pattern.exec(path) ?? []).slice(1).map(decodeSegment);
  return { route, params };
}

function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return segment ?? '';
  }
}

/** The body of a simulated server error, shaped like the route's own errors. */
export function serverErrorBody(route: Route, ctx: HandlerContext): unknown {
  const error = 'internal server error';
  return route.kind === 'send' ? sendErrorBody(error, jsonBody(ctx)) : { error };
}
