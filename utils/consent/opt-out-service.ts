import { readConsentKeyword } from './consent-keyword';
import { isOptOutDeliveryError } from './delivery-opt-out';
import {
  findOptOut,
  type OptOut,
  type OptOutList,
  type OptOutRemoval,
  optOutsItem,
  REMOVALS_KEPT,
} from './opt-out-store';

/**
 * A reply as the conversations poller hands it over (structurally its InboundReply, declared
 * here so consent does not depend on that module).
 */
export type ConsentReply = {
  readonly id: string;
  /** International digits, no "+". */
  readonly from: string;
  readonly text: string;
  /** ISO 8601. */
  readonly receivedAt: string;
};

/** A delivery receipt that came back with an error, as the delivery tracker read it. */
export type ReceiptError = { recordId: string; number: string; deliveryError: string };

type Area = { getValue(): Promise<unknown>; setValue(value: unknown): Promise<void> };

const DIGITS = /^\d{7,15}$/;

/**
 * The opt-out list's one writer (the background): replies and receipts add, START lifts, the
 * options page's confirmed removal lifts; each change is one read-modify-write, one at a time.
 */
export function createOptOutService(deps: { area?: Area; now: () => number }) {
  const area = deps.area ?? optOutsItem.area;
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (): Promise<OptOutList> => optOutsItem.read(await area.getValue()).value;

  function mutate<T>(change: (list: OptOutList) => { list: OptOutList; result: T }): Promise<T> {
    const run = queue.then(async () => {
      const { list, result } = change(await read());
      await area.setValue({ ...list, removals: list.removals.slice(0, REMOVALS_KEPT) });
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  /** Reads STOP/START replies oldest first; a reply already read (by id) changes nothing. */
  function applyReplies(replies: readonly ConsentReply[]): Promise<number> {
    const ordered = [...replies]
      .filter((reply) => DIGITS.test(reply.from))
      .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
    return mutate((list) => {
      let next = list;
      let changes = 0;
      for (const reply of ordered) {
        const applied = applyReply(next, reply, deps.now());
        if (applied !== next) changes += 1;
        next = applied;
      }
      return { list: next, result: changes };
    });
  }

  /** An opt-out named by a receipt; each record's receipt is read once. */
  function applyReceiptErrors(receipts: readonly ReceiptError[]): Promise<number> {
    return mutate((list) => {
      let next = list;
      for (const receipt of receipts) {
        if (!isOptOutDeliveryError(receipt.deliveryError) || !DIGITS.test(receipt.number)) continue;
        if (wasRead(next, (optOut) => sourceRecordId(optOut) === receipt.recordId)) continue;
        if (findOptOut(next, receipt.number)) continue;
        next = add(next, {
          number: receipt.number,
          at: deps.now(),
          source: {
            kind: 'delivery-receipt',
            deliveryError: receipt.deliveryError.slice(0, 200),
            recordId: receipt.recordId,
          },
        });
      }
      return { list: next, result: next.optOuts.length - list.optOuts.length };
    });
  }

  /** The user confirmed that this person consented again, in person. */
  function removeInPerson(number: string): Promise<OptOutRemoval | undefined> {
    return mutate((list) => {
      const optOut = findOptOut(list, number);
      if (!optOut) return { list, result: undefined };
      const removal: OptOutRemoval = {
        optOut,
        removedAt: deps.now(),
        lift: { kind: 'consent-in-person' },
      };
      return { list: lift(list, removal), result: removal };
    });
  }

  async function find(number: string): Promise<OptOut | undefined> {
    return findOptOut(await read(), number);
  }

  return { applyReplies, applyReceiptErrors, removeInPerson, find, list: read };
}

export type OptOutService = ReturnType<typeof createOptOutService>;

function applyReply(list: OptOutList, reply: ConsentReply, now: number): OptOutList {
  const keyword = readConsentKeyword(reply.text);
  if (!keyword) return list;
  if (wasRead(list, (optOut) => sourceReplyId(optOut) === reply.id)) return list;
  if (list.removals.some((removal) => liftReplyId(removal) === reply.id)) return list;
  const at = Date.parse(reply.receivedAt);
  const time = Number.isFinite(at) ? at : now;
  const current = findOptOut(list, reply.from);
  if (keyword.kind === 'opt-in') {
    // A START older than the opt-out it would lift is history, not consent.
    if (!current || current.at > time) return list;
    return lift(list, {
      optOut: current,
      removedAt: time,
      lift: { kind: 'reply', keyword: keyword.keyword, replyId: reply.id },
    });
  }
  if (current) return list;
  // A STOP older than a later consent (START, or given in person) no longer stands.
  const laterConsent = list.removals.some(
    (removal) => removal.optOut.number === reply.from && removal.removedAt > time,
  );
  if (laterConsent) return list;
  return add(list, {
    number: reply.from,
    at: time,
    source: { kind: 'reply', keyword: keyword.keyword, replyId: reply.id },
  });
}

function add(list: OptOutList, optOut: OptOut): OptOutList {
  return { ...list, optOuts: [...list.optOuts, optOut] };
}

function lift(list: OptOutList, removal: OptOutRemoval): OptOutList {
  return {
    optOuts: list.optOuts.filter((optOut) => optOut.number !== removal.optOut.number),
    removals: [removal, ...list.removals],
  };
}

/** Whether an opt-out, current or lifted, came from this source already. */
function wasRead(list: OptOutList, matches: (optOut: OptOut) => boolean): boolean {
  return list.optOuts.some(matches) || list.removals.some((removal) => matches(removal.optOut));
}

function sourceReplyId(optOut: OptOut): string | undefined {
  return optOut.source.kind === 'reply' ? optOut.source.replyId : undefined;
}

function sourceRecordId(optOut: OptOut): string | undefined {
  return optOut.source.kind === 'delivery-receipt' ? optOut.source.recordId : undefined;
}

function liftReplyId(removal: OptOutRemoval): string | undefined {
  return removal.lift.kind === 'reply' ? removal.lift.replyId : undefined;
}
