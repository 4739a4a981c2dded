import { contactSearchFields } from './contact-model.ts';
import type { HandlerContext } from './context.ts';
import type { SmsModel } from './delivery.ts';
import type { Reply } from './http-io.ts';
import { authorizeOrg } from './org-handlers.ts';
import {
  badRequest,
  dateTimeParam,
  enumParam,
  integerParam,
  matchesSearch,
  pageParams,
} from './query-params.ts';
import { type OrgMessage, orgMessagesNewestFirst, smsModel } from './sms-model.ts';
import type { SandboxState } from './state.ts';

/** Documented: `limit` defaults to 100 and may not exceed it; `size` defaults to 1000, its maximum. */
export const MESSAGE_LIMIT_MAX = 100;
export const MESSAGE_PAGE_SIZE_MAX = 1000;

const DIRECTIONS = ['all', 'inbound', 'outbound'] as const;
const FAILED = ['all', 'true', 'false'] as const;

interface Filters {
  dir: (typeof DIRECTIONS)[number];
  failed: (typeof FAILED)[number];
  search: string;
  startDate: number | undefined;
  endDate: number | undefined;
}

/**
 * GET /v1/organizations/{orgId}/messages/ → `{messages, hasNextPage, nextPage, paged}`, newest
 * first. Two ways to page, as documented: `after`/`limit`, a cursor (`nextPage` is the id of the
 * page's last SMS, left out when there is no next page), or `page`/`size` (`paged: true`, neither
 * `hasNextPage` nor `nextPage`).
 */
export function handleMessageList(ctx: HandlerContext): Reply {
  const auth = authorizeOrg(ctx);
  if ('reply' in auth) return auth.reply;
  const filters = parseFilters(ctx.query);
  if ('reply' in filters) return filters.reply;
  const all = orgMessagesNewestFirst(ctx.state, auth.orgId);
  const model = (entry: OrgMessage): SmsModel => smsModel(entry, ctx.now, ctx.deliveryStepMs);
  if ((ctx.query.get('page') ?? '') !== '') return pagedAnswer(ctx, all, filters, model);
  return cursorAnswer(ctx, all, filters, model);
}

function pagedAnswer(
  ctx: HandlerContext,
  all: OrgMessage[],
  filters: Filters,
  model: (entry: OrgMessage) => SmsModel,
): Reply {
  const paging = pageParams(ctx.query, MESSAGE_PAGE_SIZE_MAX);
  if (!paging.ok) return paging.reply;
  const { start, size } = paging.value;
  const matching = all.map(model).filter((sms) => matches(sms, filters, ctx.state));
  return { status: 200, body: { messages: matching.slice(start, start + size), paged: true } };
}

/** The cursor is the id of the last SMS already seen; what follows it stays put as new SMS arrive. */
function cursorAnswer(
  ctx: HandlerContext,
  all: OrgMessage[],
  filters: Filters,
  model: (entry: OrgMessage) => SmsModel,
): Reply {
  const limit = integerParam(ctx.query, 'limit', {
    min: 1,
    max: MESSAGE_LIMIT_MAX,
    fallback: MESSAGE_LIMIT_MAX,
  });
  if (!limit.ok) return limit.reply;
  const after = ctx.query.get('after') ?? '';
  const start = after === '' ? 0 : all.findIndex((entry) => entry.sms.messageId === after) + 1;
  if (start === 0 && after !== '') {
    return badRequest(`after must be a nextPage value of an earlier answer, got "${after}"`);
  }
  const matching = all
    .slice(start)
    .map(model)
    .filter((sms) => matches(sms, filters, ctx.state));
  const messages = matching.slice(0, limit.value);
  const hasNextPage = matching.length > limit.value;
  const last = messages.at(-1);
  return {
    status: 200,
    body: {
      messages,
      hasNextPage,
      ...(hasNextPage && last ? { nextPage: last.id } : {}),
      paged: false,
    },
  };
}

function parseFilters(query: URLSearchParams): Filters | { reply: Reply } {
  const dir = enumParam(query, 'dir', DIRECTIONS, 'all');
  if (!dir.ok) return dir;
  const failed = enumParam(query, 'failed', FAILED, 'all');
  if (!failed.ok) return failed;
  const startDate = dateTimeParam(query, 'startDate');
  if (!startDate.ok) return startDate;
  const endDate = dateTimeParam(query, 'endDate');
  if (!endDate.ok) return endDate;
  return {
    dir: dir.value,
    failed: failed.value,
    search: query.get('search') ?? '',
    startDate: startDate.value,
    endDate: endDate.value,
  };
}

/** "Failed" = the SMS never reached the telco for good (`error` set); receipts do not count. */
function matches(sms: SmsModel, filters: Filters, state: SandboxState): boolean {
  if (filters.dir === 'inbound' && sms.direction !== 'ingress') return false;
  if (filters.dir === 'outbound' && sms.direction !== 'egress') return false;
  const failed = sms.error !== '';
  if (filters.failed === 'true' && !failed) return false;
  if (filters.failed === 'false' && failed) return false;
  const created = Date.parse(sms.created);
  if (filters.startDate !== undefined && created < filters.startDate) return false;
  if (filters.endDate !== undefined && created >= filters.endDate) return false;
  return filters.search === '' || matchesSearch(filters.search, searchableFields(sms, state));
}

/** Message text, sender, recipient, and the fields of the SMS's contact. */
function searchableFields(sms: SmsModel, state: SandboxState): string[] {
  const contact = state.contacts.find((candidate) => candidate.id === sms.contactId);
  const contactFields = contact ? contactSearchFields(contact) : [];
  return [sms.message, sms.sender, sms.recipient, ...contactFields];
}
