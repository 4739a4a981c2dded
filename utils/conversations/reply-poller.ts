import type { LookupFailure } from '@/utils/api/answers/read-lookup-answer';
import type { EngageSparkClient } from '@/utils/api/client';
import type { ListedMessage } from '@/utils/api/endpoints/messages';
import type { MessageRecord } from '@/utils/outbox/message-record';
import { historyNumbers, lastSentAt, textedNumbers } from './known-numbers';
import { MAX_SEEN_IDS, type PollState } from './poll-state';
import type { InboundReply, ReplyStore } from './reply-store';

/** At most one round a minute while conversations are live. */
export const POLL_INTERVAL_MS = 60_000;
/** Nothing sent for this long: the user is not in a conversation now; ask less often. */
export const QUIET_AFTER_MS = 2 * 24 * 60 * 60_000;
export const QUIET_INTERVAL_MS = 15 * 60_000;
/** No key or no organization: nothing can be asked until Settings change (a send wakes it). */
export const NO_SETTINGS_INTERVAL_MS = 30 * 60_000;
/** Nothing texted in the last 30 days: no reply can count; a send wakes the poller again. */
export const IDLE_INTERVAL_MS = 6 * 60 * 60_000;
/**
 * A reply may be stamped a little before the first message's local time when the computer's clock
 * runs ahead of engageSPARK's: replies this much earlier still count.
 */
export const CLOCK_SKEW_MS = 10 * 60_000;
/** Errors double the wait from one minute up to this. */
export const MAX_BACKOFF_MS = 30 * 60_000;

export type PollerDeps = {
  /** The API with the current settings, or nothing when they are missing. */
  connect(): Promise<{ api: Pick<EngageSparkClient, 'listMessages'> } | { failure: unknown }>;
  records(): Promise<readonly MessageRecord[]>;
  replies: ReplyStore;
  loadState(): Promise<PollState>;
  saveState(state: PollState): Promise<void>;
  now(): number;
  /** Called after new replies are stored (a subscriber's failure does not stop the round). */
  onNewReplies?: (replies: readonly InboundReply[]) => Promise<void>;
};

export type PollRound = {
  /** When the next round is due, from now. */
  nextInMs: number;
  /** Why this round asked nothing or failed; undefined when it asked and got an answer. */
  skipped?: 'no-numbers' | 'no-settings' | 'backing-off';
  failure?: LookupFailure;
  added: InboundReply[];
};

/**
 * One round: one request for the inbound messages since the newest one seen, the replies from
 * numbers this user texted kept (each once), the cursor moved on. Never throws.
 */
export async function pollReplies(deps: PollerDeps): Promise<PollRound> {
  const nowMs = deps.now();
  const records = await deps.records();
  await deps.replies.prune(historyNumbers(records), nowMs);
  const texted = textedNumbers(records, nowMs);
  if (texted.size === 0) return { nextInMs: IDLE_INTERVAL_MS, skipped: 'no-numbers', added: [] };
  const connection = await deps.connect();
  if (!('api' in connection))
    return { nextInMs: NO_SETTINGS_INTERVAL_MS, skipped: 'no-settings', added: [] };
  const state = await deps.loadState();
  // After a failure, nobody asks before the backoff is over (a composer that opens neither).
  if (state.retryAt !== undefined && nowMs < state.retryAt)
    return { nextInMs: state.retryAt - nowMs, skipped: 'backing-off', added: [] };
  const startDate =
    state.cursor ?? new Date(Math.min(...texted.values()) - CLOCK_SKEW_MS).toISOString();
  const answer = await connection.api.listMessages({
    dir: 'inbound',
    startDate,
    ...(state.after && { after: state.after }),
  });
  if (!answer.ok) {
    const failures = state.failures + 1;
    const nextInMs = backoffMs(failures, answer.failure);
    await deps.saveState({ ...state, failures, retryAt: nowMs + nextInMs });
    return { nextInMs, failure: answer.failure, added: [] };
  }
  const seen = new Set(state.seenIds);
  const replies = answer.messages.flatMap((message) => {
    const reply = asReply(message, texted);
    return reply && !seen.has(reply.id) ? [reply] : [];
  });
  const added = await deps.replies.add(replies, nowMs);
  await deps.saveState(nextState(state, answer.messages, answer.hasNextPage, answer.nextPage));
  if (added.length > 0 && deps.onNewReplies) await deps.onNewReplies(added).catch(() => undefined);
  const quiet = nowMs - (lastSentAt(records) ?? 0) > QUIET_AFTER_MS;
  return { nextInMs: quiet ? QUIET_INTERVAL_MS : POLL_INTERVAL_MS, added };
}

/**
 * A reply is an inbound message from a texted number, written after the first message this
 * user sent it in the window (an earlier one answered someone else on the team).
 */
function asReply(
  message: ListedMessage,
  texted: ReadonlyMap<string, number>,
): InboundReply | undefined {
  if (message.direction !== 'ingress' || message.sender === undefined) return undefined;
  const firstSent = texted.get(message.sender);
  if (firstSent === undefined || Date.parse(message.created) < firstSent - CLOCK_SKEW_MS)
    return undefined;
  return { id: message.id, from: message.sender, text: message.text, receivedAt: message.created };
}

/**
 * The cursor moves to the newest time seen once every page of the window is read; until then
 * the next round reads the next (older) page with the same start.
 */
export function nextState(
  state: PollState,
  messages: readonly ListedMessage[],
  hasNextPage: boolean,
  nextPage: string | undefined,
): PollState {
  const newest = [state.pending, state.cursor, ...messages.map((message) => message.created)]
    .filter((time): time is string => time !== undefined)
    .reduce<string | undefined>(
      (a, b) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a),
      undefined,
    );
  const seenIds = [...new Set([...messages.map((message) => message.id), ...state.seenIds])].slice(
    0,
    MAX_SEEN_IDS,
  );
  if (hasNextPage && nextPage) {
    return { ...withoutPaging(state), after: nextPage, pending: newest, seenIds, failures: 0 };
  }
  return { ...withoutPaging(state), ...(newest && { cursor: newest }), seenIds, failures: 0 };
}

function withoutPaging(state: PollState): PollState {
  const { after: _after, pending: _pending, retryAt: _retryAt, ...rest } = state;
  return rest;
}

/** 1, 2, 4 … minutes up to MAX_BACKOFF_MS; never sooner than the server's Retry-After. */
export function backoffMs(failures: number, failure: LookupFailure): number {
  const doubled = Math.min(POLL_INTERVAL_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
  const asked = failure.kind === 'rate-limited' ? (failure.retryAfterMs ?? 0) : 0;
  return Math.max(doubled, Math.min(asked, 24 * 60 * 60_000));
}
