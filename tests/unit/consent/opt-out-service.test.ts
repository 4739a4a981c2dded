import { beforeEach, describe, expect, it } from 'vitest';
import { createOptOutService, type OptOutService } from '@/utils/consent/opt-out-service';
import { optOutsItem } from '@/utils/consent/opt-out-store';

const MARIA = '639171234567';
let clock = Date.parse('2026-11-28T10:00:00Z');
let service: OptOutService;

function reply(id: string, text: string, receivedAt: string, from = MARIA) {
  return { id, from, text, receivedAt };
}

beforeEach(() => {
  clock = Date.parse('2026-11-28T10:00:00Z');
  // The real stored item over the test's fresh IndexedDB: what is written is read back validated.
  service = createOptOutService({ now: () => clock });
});

describe('applyReplies', () => {
  it('records a STOP reply with when, why and where from', async () => {
    expect(await service.applyReplies([reply('r1', 'Stop.', '2026-11-28T09:00:00Z')])).toBe(1);
    expect(await service.find(MARIA)).toEqual({
      number: MARIA,
      at: Date.parse('2026-11-28T09:00:00Z'),
      source: { kind: 'reply', keyword: 'STOP', replyId: 'r1' },
    });
  });

  it('ignores a sentence that only contains "stop", and other numbers stay free', async () => {
    await service.applyReplies([
      reply('r1', 'Please do not stop my order', '2026-11-28T09:00:00Z'),
    ]);
    expect(await service.find(MARIA)).toBeUndefined();
  });

  it('lets START lift it, and keeps the removal on record', async () => {
    await service.applyReplies([
      reply('r2', 'START', '2026-11-28T09:30:00Z'),
      reply('r1', 'unsubscribe', '2026-11-28T09:00:00Z'),
    ]);
    expect(await service.find(MARIA)).toBeUndefined();
    const { removals } = await service.list();
    expect(removals).toEqual([
      {
        optOut: expect.objectContaining({ number: MARIA }),
        removedAt: Date.parse('2026-11-28T09:30:00Z'),
        lift: { kind: 'reply', keyword: 'START', replyId: 'r2' },
      },
    ]);
  });

  it('reads each reply once: the same STOP delivered again after consent changes nothing', async () => {
    const stop = reply('r1', 'STOP', '2026-11-28T09:00:00Z');
    await service.applyReplies([stop]);
    await service.removeInPerson(MARIA);
    expect(await service.applyReplies([stop])).toBe(0);
    expect(await service.find(MARIA)).toBeUndefined();
  });

  it('does not let an older START lift a newer STOP', async () => {
    await service.applyReplies([reply('r2', 'STOP', '2026-11-28T09:30:00Z')]);
    await service.applyReplies([reply('r1', 'START', '2026-11-28T09:00:00Z')]);
    expect(await service.find(MARIA)).toBeDefined();
  });

  it('skips replies from something that is not a number', async () => {
    await service.applyReplies([reply('r1', 'STOP', '2026-11-28T09:00:00Z', '+63 917')]);
    expect((await service.list()).optOuts).toEqual([]);
  });
});

describe('receipts and removal in person', () => {
  it('records an opt-out from a receipt once, and not from other errors', async () => {
    const receipt = {
      recordId: 'msg-1',
      number: MARIA,
      deliveryError: 'opted out of promotional messaging',
    };
    expect(await service.applyReceiptErrors([receipt])).toBe(1);
    await service.removeInPerson(MARIA);
    expect(await service.applyReceiptErrors([receipt])).toBe(0);
    await service.applyReceiptErrors([
      { ...receipt, recordId: 'msg-2', deliveryError: 'unreachable' },
    ]);
    expect(await service.find(MARIA)).toBeUndefined();
  });

  it('records who removed it and when', async () => {
    await service.applyReplies([reply('r1', 'STOP', '2026-11-28T09:00:00Z')]);
    clock = Date.parse('2026-11-29T10:00:00Z');
    const removal = await service.removeInPerson(MARIA);
    expect(removal).toMatchObject({ removedAt: clock, lift: { kind: 'consent-in-person' } });
    expect(await service.removeInPerson(MARIA)).toBeUndefined();
  });

  it('keeps the valid entries of a damaged list', async () => {
    await optOutsItem.area.setValue({
      optOuts: [
        { number: 'x', at: 1, source: { kind: 'reply', keyword: 'STOP', replyId: 'a' } },
        { number: MARIA, at: 1, source: { kind: 'reply', keyword: 'STOP', replyId: 'b' } },
      ],
      removals: 'nonsense',
    });
    expect(await service.list()).toEqual({
      optOuts: [{ number: MARIA, at: 1, source: { kind: 'reply', keyword: 'STOP', replyId: 'b' } }],
      removals: [],
    });
  });
});
