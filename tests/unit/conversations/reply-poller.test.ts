import { describe, expect, it, vi } from 'vitest';
import type { ListedMessage, MessagesLookup, MessagesQuery } from '@/utils/api/endpoints/messages';
import { INITIAL_POLL_STATE, type PollState } from '@/utils/conversations/poll-state';
import {
  backoffMs,
  CLOCK_SKEW_MS,
  IDLE_INTERVAL_MS,
  MAX_BACKOFF_MS,
  NO_SETTINGS_INTERVAL_MS,
  POLL_INTERVAL_MS,
  type PollerDeps,
  pollReplies,
  QUIET_INTERVAL_MS,
} from '@/utils/conversations/reply-poller';
import { createReplyStore, type InboundReply } from '@/utils/conversations/reply-store';
import type { MessageRecord } from '@/utils/outbox/message-record';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MARIA = '639171234567';
const STRANGER = '639998887777';

function sent(to: string, sentAt: number, id = `rec-${to}-${sentAt}`): MessageRecord {
  return {
    id,
    clientRef: id,
    createdAt: sentAt,
    updatedAt: sentAt,
    recipient: { to },
    endpoint: 'contact',
    from: '',
    message: 'Hello',
    status: 'sent',
    attempts: 1,
    sentAt,
  };
}

function inbound(id: string, from: string, created: number, text = 'Yes'): ListedMessage {
  return {
    id,
    direction: 'ingress',
    created: new Date(created).toISOString(),
    sender: from,
    recipient: undefined,
    text,
    contactId: undefined,
  };
}

function memoryArea() {
  let value: unknown = null;
  return {
    getValue: async () => value,
    setValue: async (next: unknown) => {
      value = next;
    },
  };
}

type Answer = MessagesLookup | ((query: MessagesQuery) => MessagesLookup);

function harness(options: {
  records: MessageRecord[];
  answers?: Answer[];
  connected?: boolean;
  now?: () => number;
}) {
  const answers = [...(options.answers ?? [])];
  const queries: MessagesQuery[] = [];
  let state: PollState = INITIAL_POLL_STATE;
  const added: InboundReply[][] = [];
  const replies = createReplyStore(memoryArea());
  const deps: PollerDeps = {
    connect: async () =>
      options.connected === false
        ? { failure: { kind: 'settings-missing' } }
        : {
            api: {
              listMessages: async (query) => {
                queries.push(query);
                const next = answers.shift() ?? page([]);
                return typeof next === 'function' ? next(query) : next;
              },
            },
          },
    records: async () => options.records,
    replies,
    loadState: async () => state,
    saveState: async (next) => {
      state = next;
    },
    now: options.now ?? (() => NOW),
    onNewReplies: vi.fn(async (fresh) => {
      added.push([...fresh]);
    }),
  };
  return { deps, queries, replies, added, state: () => state };
}

function page(messages: ListedMessage[], more?: { nextPage: string }): MessagesLookup {
  return {
    ok: true,
    messages,
    skipped: 0,
    hasNextPage: more !== undefined,
    nextPage: more?.nextPage,
  };
}

describe('the reply poller', () => {
  it('asks once for inbound messages since the first send, and keeps a reply from a texted number', async () => {
    const firstSend = NOW - 10 * MINUTE;
    const h = harness({
      records: [sent(MARIA, firstSend)],
      answers: [page([inbound('in-1', MARIA, NOW - MINUTE, 'Thank you!')])],
    });
    const round = await pollReplies(h.deps);
    // From a little before the first send, in case this computer's clock runs ahead.
    expect(h.queries).toEqual([
      { dir: 'inbound', startDate: new Date(firstSend - CLOCK_SKEW_MS).toISOString() },
    ]);
    expect(round.added).toEqual([
      {
        id: 'in-1',
        from: MARIA,
        text: 'Thank you!',
        receivedAt: new Date(NOW - MINUTE).toISOString(),
      },
    ]);
    expect(h.added).toEqual([round.added]);
    expect((await h.replies.list()).map((reply) => [reply.id, reply.read])).toEqual([
      ['in-1', false],
    ]);
    expect(round.nextInMs).toBe(POLL_INTERVAL_MS);
  });

  it('moves the cursor to the newest message seen, and asks from there next time', async () => {
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE)],
      answers: [
        page([inbound('in-2', MARIA, NOW - MINUTE), inbound('in-1', STRANGER, NOW - 2 * MINUTE)]),
        page([]),
      ],
    });
    await pollReplies(h.deps);
    await pollReplies(h.deps);
    expect(h.queries[1]?.startDate).toBe(new Date(NOW - MINUTE).toISOString());
  });

  it('stores and announces a reply once, though startDate returns it again', async () => {
    const reply = inbound('in-1', MARIA, NOW - MINUTE);
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE)],
      answers: [page([reply]), page([reply])],
    });
    await pollReplies(h.deps);
    const second = await pollReplies(h.deps);
    expect(second.added).toEqual([]);
    expect(h.added).toHaveLength(1);
    expect(await h.replies.list()).toHaveLength(1);
  });

  it('stores a reply once even when the same id comes twice in one answer', async () => {
    const reply = inbound('in-1', MARIA, NOW - MINUTE);
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE)],
      answers: [page([reply, reply])],
    });
    const round = await pollReplies(h.deps);
    expect(round.added).toHaveLength(1);
  });

  it('keeps only replies from numbers this user texted, after the first text to them', async () => {
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE), sent('15551230000', NOW - 40 * DAY)],
      answers: [
        page([
          inbound('from-stranger', STRANGER, NOW - MINUTE),
          inbound('from-old-contact', '15551230000', NOW - MINUTE),
          inbound('before-we-texted', MARIA, NOW - 10 * MINUTE - CLOCK_SKEW_MS - 1),
          { ...inbound('outbound', MARIA, NOW - MINUTE), direction: 'egress' as const },
          { ...inbound('no-sender', MARIA, NOW - MINUTE), sender: undefined },
          inbound('from-maria', MARIA, NOW - MINUTE),
        ]),
      ],
    });
    const round = await pollReplies(h.deps);
    expect(round.added.map((reply) => reply.id)).toEqual(['from-maria']);
  });

  it('counts only sent messages as texted: a failed or cancelled one is not', async () => {
    const failed = { ...sent(MARIA, NOW - MINUTE), status: 'failed' as const };
    const h = harness({ records: [failed] });
    const round = await pollReplies(h.deps);
    expect(round).toMatchObject({ skipped: 'no-numbers', nextInMs: IDLE_INTERVAL_MS });
    expect(h.queries).toEqual([]);
  });

  it('asks nothing and waits long when there is no key', async () => {
    const h = harness({ records: [sent(MARIA, NOW - MINUTE)], connected: false });
    const round = await pollReplies(h.deps);
    expect(round).toMatchObject({ skipped: 'no-settings', nextInMs: NO_SETTINGS_INTERVAL_MS });
    expect(h.queries).toEqual([]);
  });

  it('backs off on errors, doubling up to the cap, keeps the cursor, and asks nothing meanwhile', async () => {
    let now = NOW;
    const failure: MessagesLookup = { ok: false, failure: { kind: 'server', status: 500 } };
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE)],
      answers: [page([inbound('in-1', MARIA, NOW - MINUTE)]), failure, failure, failure],
      now: () => now,
    });
    await pollReplies(h.deps);
    const cursor = h.state().cursor;
    const waits = [];
    for (let i = 0; i < 3; i += 1) {
      const round = await pollReplies(h.deps);
      waits.push(round.nextInMs);
      // A composer that opens during the wait does not make a request.
      const early = await pollReplies(h.deps);
      expect(early.skipped).toBe('backing-off');
      now += round.nextInMs;
    }
    expect(waits).toEqual([POLL_INTERVAL_MS, 2 * POLL_INTERVAL_MS, 4 * POLL_INTERVAL_MS]);
    expect(h.queries).toHaveLength(4);
    expect(h.state()).toMatchObject({ cursor, failures: 3 });
    const recovered = await pollReplies(h.deps);
    expect(recovered.nextInMs).toBe(POLL_INTERVAL_MS);
    expect(h.state().failures).toBe(0);
    expect(h.state().retryAt).toBeUndefined();
  });

  it('never waits more than the cap, but honours a longer Retry-After', () => {
    expect(backoffMs(50, { kind: 'network', detail: 'x' })).toBe(MAX_BACKOFF_MS);
    expect(backoffMs(1, { kind: 'rate-limited', retryAfterMs: 5 * MINUTE })).toBe(5 * MINUTE);
  });

  it('asks less often when nothing was sent for days', async () => {
    const h = harness({ records: [sent(MARIA, NOW - 3 * DAY)] });
    const round = await pollReplies(h.deps);
    expect(round.nextInMs).toBe(QUIET_INTERVAL_MS);
  });

  it('reads the older pages of a busy window before moving the cursor', async () => {
    const firstSend = NOW - 10 * MINUTE;
    const h = harness({
      records: [sent(MARIA, firstSend)],
      answers: [
        page([inbound('in-3', MARIA, NOW - MINUTE)], { nextPage: 'older' }),
        page([inbound('in-2', MARIA, NOW - 3 * MINUTE)]),
        page([]),
      ],
    });
    await pollReplies(h.deps);
    await pollReplies(h.deps);
    await pollReplies(h.deps);
    const start = new Date(firstSend - CLOCK_SKEW_MS).toISOString();
    expect(h.queries).toEqual([
      { dir: 'inbound', startDate: start },
      { dir: 'inbound', startDate: start, after: 'older' },
      { dir: 'inbound', startDate: new Date(NOW - MINUTE).toISOString() },
    ]);
    expect((await h.replies.list()).map((reply) => reply.id)).toEqual(['in-3', 'in-2']);
  });

  it('keeps going when a subscriber to new replies fails', async () => {
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE)],
      answers: [page([inbound('in-1', MARIA, NOW - MINUTE)])],
    });
    h.deps.onNewReplies = async () => {
      throw new Error('subscriber broke');
    };
    const round = await pollReplies(h.deps);
    expect(round.added).toHaveLength(1);
    expect(h.state().cursor).toBe(new Date(NOW - MINUTE).toISOString());
  });

  it('drops the replies of a number the history no longer holds', async () => {
    const h = harness({
      records: [sent(MARIA, NOW - 10 * MINUTE)],
      answers: [page([inbound('in-1', MARIA, NOW - MINUTE)])],
    });
    await pollReplies(h.deps);
    const emptied = harness({ records: [sent(STRANGER, NOW - MINUTE)] });
    const replies = h.replies;
    await pollReplies({ ...emptied.deps, replies });
    expect(await replies.list()).toEqual([]);
  });
});
