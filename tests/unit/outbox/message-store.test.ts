import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageRecord } from '@/utils/outbox/message-record';
import {
  createMessageStore,
  HISTORY_BUDGET_CHARS,
  HISTORY_LIMIT,
  messagesItem,
  readRecords,
  trimHistory,
} from '@/utils/outbox/message-store';

function record(
  id: string,
  createdAt: number,
  status: MessageRecord['status'] = 'sent',
): MessageRecord {
  return {
    id,
    clientRef: id,
    createdAt,
    updatedAt: createdAt,
    recipient: { to: '639171234567' },
    endpoint: 'contact',
    from: '',
    message: 'x',
    status,
    attempts: 1,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('readRecords', () => {
  it('keeps the valid records when one stored record is damaged', () => {
    const good = record('message-1', 1);
    expect(readRecords([good, { id: 'x' }, null, 'junk'])).toEqual([good]);
    expect(readRecords('not a list')).toEqual([]);
  });
});

describe('trimHistory', () => {
  it('keeps the newest finished messages and never drops an unfinished one', () => {
    const finished = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) =>
      record(`message-${i}`, 1000 + i),
    );
    const oldQueued = record('queued-old', 1, 'queued');
    const kept = trimHistory([oldQueued, ...finished]);
    expect(kept).toHaveLength(HISTORY_LIMIT + 1);
    expect(kept.map((r) => r.id)).toContain('queued-old');
    expect(kept.map((r) => r.id)).not.toContain('message-0');
    expect(kept[0]?.id).toBe(`message-${HISTORY_LIMIT + 4}`);
  });
});

describe('the history budget', () => {
  it('keeps the whole history within its budget of text, dropping the oldest finished first', () => {
    const long = (id: string, createdAt: number, status: MessageRecord['status'] = 'sent') => ({
      ...record(id, createdAt, status),
      message: 'x'.repeat(5000),
    });
    const finished = Array.from({ length: HISTORY_LIMIT }, (_, i) =>
      long(`message-${i}`, 1000 + i),
    );
    const queued = long('queued-old', 1, 'queued');
    const kept = trimHistory([queued, ...finished]);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(HISTORY_BUDGET_CHARS);
    expect(kept.map((r) => r.id)).toContain('queued-old');
    expect(kept.map((r) => r.id)).toContain(`message-${HISTORY_LIMIT - 1}`);
    expect(kept.map((r) => r.id)).not.toContain('message-0');
    // Contiguous: nothing older than the first message dropped for the budget stays.
    const newest = kept.filter((r) => r.status === 'sent').map((r) => r.createdAt);
    expect(Math.min(...newest)).toBe(1000 + HISTORY_LIMIT - newest.length);
  });

  it('cuts an answer text that came in before the cap when it reads the history', () => {
    const huge = {
      ...record('failed-1', 1, 'failed'),
      problem: { kind: 'invalid', title: 'Refused', detail: 'E'.repeat(200_000) },
      deliveryError: 'D'.repeat(200_000),
    };
    const [read] = readRecords([huge]);
    // Read into today's shape (a 400's words from the server), then cut.
    const failure = read?.failure;
    const serverError =
      failure?.kind === 'invalid' && failure.origin === 'server' ? failure.serverError : '';
    expect(serverError).toHaveLength(500);
    expect(serverError.endsWith('…')).toBe(true);
    expect(read?.deliveryError).toHaveLength(500);
  });

  it('drops a record no send request could have written (a message over 5000 characters)', () => {
    expect(
      readRecords([{ ...record('big-0001', 1, 'queued'), message: 'x'.repeat(5001) }]),
    ).toEqual([]);
  });
});

describe('createMessageStore', () => {
  it('applies concurrent changes one after another, so none is lost', async () => {
    const store = createMessageStore();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.mutate((records) => ({
          records: [...records, record(`message-${i}`, i)],
          result: undefined,
        })),
      ),
    );
    expect(await store.list()).toHaveLength(20);
    expect(readRecords(await messagesItem.area.getValue())).toHaveLength(20);
  });

  it('keeps working after a change throws', async () => {
    const store = createMessageStore();
    await expect(
      store.mutate(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.mutate((records) => ({
      records: [...records, record('message-1', 1)],
      result: undefined,
    }));
    expect(await store.list()).toHaveLength(1);
  });
});
