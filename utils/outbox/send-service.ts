import type { SendSmsInput } from '@/utils/api/endpoints/send';
import { isOutcomeUnknown, type SendOutcome } from '@/utils/api/endpoints/send-outcome';
import type { OptOut } from '@/utils/consent/opt-out-store';
import type { Failure } from '@/utils/failure/failure';
import type { SendSmsRequest } from '@/utils/messaging/protocol';
import type { Settings } from '@/utils/settings/settings-schema';
import { decideConsent, knownDigits } from './consent-guard';
import { type DeliveryStatusApi, FIRST_DELIVERY_POLL_MS } from './delivery-tracker';
import { isUnfinished, type MessageRecord } from './message-record';
import type { MessageStore } from './message-store';
import { decidePace } from './pace-guard';
import { retryDelayMs, shouldRetry } from './retry-policy';

/** The slice of the engageSPARK client the outbox needs; it never throws. */
export type SmsApi = DeliveryStatusApi & {
  sendSms(input: SendSmsInput): Promise<SendOutcome>;
};

export type SendServiceDeps = {
  store: MessageStore;
  now: () => number;
  /** Settings and a client built from the stored key; undefined when they are not set yet. */
  connect: () => Promise<{ settings: Settings; api: SmsApi } | { failure: Failure }>;
  /** Asks to be woken at `at` (an alarm), so waits survive a sleeping or killed worker. */
  wakeAt: (at: number) => void;
  /** A message reached a final state: sent, failed, or cancelled. */
  onFinished: (record: MessageRecord) => void;
  /** A send needs this long at most; a record still `sending` after that was interrupted. */
  requestTimeoutMs: number;
  /** The opt-out list (utils/consent): asked at submit and again right before each POST. */
  optOuts: { find(number: string): Promise<OptOut | undefined> };
};

/**
 * At most this many messages wait at once. Unfinished messages are never dropped (each is a
 * promise to send exactly once), so this bound, with the history's own (message-store.ts), keeps
 * the whole list within a fixed budget: 50 × 5,000 characters at most, beside the history's
 * 1,000,000.
 */
export const OUTBOX_LIMIT = 50;
const OUTBOX_FULL = `Not sent: ${OUTBOX_LIMIT} messages are still waiting to go out. Wait for them, or cancel some in the history, then press Send again.`;

/**
 * The outbox: every message is written down before its POST, and every POST of one message carries
 * the message's id as clientDedup, so a retry, a second click or a restarted worker can never make
 * engageSPARK send it twice, and nothing written down is ever silently dropped.
 */
export function createSendService(deps: SendServiceDeps) {
  const { store, now } = deps;
  const inFlight = new Set<string>();

  const updateRecord = (id: string, change: (record: MessageRecord) => MessageRecord | undefined) =>
    store.mutate((records) => {
      let updated: MessageRecord | undefined;
      const next = records.map((record) => {
        if (record.id !== id) return record;
        updated = change(record) ?? record;
        return updated;
      });
      return { records: next, result: updated };
    });

  /** The opt-out of the number a recipient is known to have, if any (asked outside the lock). */
  async function optOutOf(
    recipient: MessageRecord['recipient'],
    id?: string,
  ): Promise<OptOut | undefined> {
    const records = await store.list();
    // The number asked for, and the one engageSPARK said it sent to (a contact's, once known).
    const sentTo = records.find((record) => record.id === id)?.sentTo;
    const numbers = new Set([knownDigits(records, recipient), sentTo]);
    for (const number of numbers) {
      const optOut = number === undefined ? undefined : await deps.optOuts.find(number);
      if (optOut) return optOut;
    }
    return undefined;
  }

  /** Adds the message unless a message with this id exists: the same draft is one message. */
  async function submit(request: SendSmsRequest, settings: Settings): Promise<MessageRecord> {
    const optOut = await optOutOf(request.recipient);
    const created = await store.mutate((records) => {
      const existing = records.find((record) => record.id === request.id);
      if (existing) return { records, result: { record: existing, isNew: false } };
      // Refused before anything is written, so the draft stays and nothing is half-sent.
      if (records.filter(isUnfinished).length >= OUTBOX_LIMIT)
        return { records, result: undefined };
      const time = now();
      const record: MessageRecord = {
        id: request.id,
        clientRef: `click-to-sms:${request.id}`,
        createdAt: time,
        updatedAt: time,
        recipient: request.recipient,
        endpoint: settings.recipientMode,
        from: request.from.trim(),
        message: request.message,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: time,
      };
      const stored = applyGuards(record, records, settings, optOut, time);
      return { records: [...records, stored], result: { record: stored, isNew: true } };
    });
    if (!created) throw new Error(OUTBOX_FULL);
    if (!created.isNew) return created.record;
    if (created.record.status === 'failed') return finish(created.record) ?? created.record;
    if (created.record.status !== 'queued') return created.record;
    return (await attempt(request.id)) ?? created.record;
  }

  /**
   * Every guard, in one place, at submit and right before each POST: an opt-out refuses (no POST,
   * ever), quiet hours hold until the recipient's window opens, the pace guard holds a minute.
   */
  function applyGuards(
    record: MessageRecord,
    records: MessageRecord[],
    settings: Settings,
    optOut: OptOut | undefined,
    time: number,
  ): MessageRecord {
    const consent = decideConsent({
      digits: record.sentTo ?? knownDigits(records, record.recipient),
      optOut,
      quietHours: settings.quietHours,
      defaultCountry: settings.defaultCountry,
      quietHoursOverridden: record.quietHoursOverriddenAt !== undefined,
      now: time,
    });
    if (!consent.allowed && 'refused' in consent) return failed(record, consent.refused, false);
    if (!consent.allowed) {
      deps.wakeAt(consent.heldUntil);
      return {
        ...record,
        status: 'held',
        heldUntil: consent.heldUntil,
        nextAttemptAt: undefined,
        failure: consent.held,
      };
    }
    return holdIfTooFast(record, records, settings, time);
  }

  function holdIfTooFast(
    record: MessageRecord,
    records: MessageRecord[],
    settings: Settings,
    time: number,
  ): MessageRecord {
    const pace = decidePace(
      records,
      record.recipient,
      time,
      settings.paceLimitPerMinute,
      record.id,
    );
    if (pace.allowed)
      return { ...record, status: 'queued', heldUntil: undefined, nextAttemptAt: time };
    deps.wakeAt(pace.heldUntil);
    return {
      ...record,
      status: 'held',
      heldUntil: pace.heldUntil,
      nextAttemptAt: undefined,
      failure: { kind: 'pace', limitPerMinute: settings.paceLimitPerMinute },
    };
  }

  /** One POST for a queued message; the outcome decides sent, failed, or another try later. */
  async function attempt(id: string): Promise<MessageRecord | undefined> {
    if (inFlight.has(id)) return undefined;
    inFlight.add(id);
    try {
      const connection = await deps.connect();
      if ('failure' in connection) {
        return finish(
          await updateRecord(id, (record) =>
            record.status === 'queued' ? failed(record, connection.failure, false) : undefined,
          ),
        );
      }
      const current = (await store.list()).find((record) => record.id === id);
      if (!current) return undefined;
      const optOut = await optOutOf(current.recipient, id);
      const started = await claimForSending(id, connection.settings, optOut);
      if (started?.status === 'failed') return finish(started);
      if (!started) return undefined;
      deps.wakeAt(now() + deps.requestTimeoutMs + 5_000);
      const outcome = await connection.api.sendSms({
        endpoint: started.endpoint,
        recipient: started.recipient,
        from: started.from || undefined,
        message: started.message,
        clientDedup: started.id,
        clientRef: started.clientRef,
      });
      return finish(await updateRecord(id, (record) => applyOutcome(record, outcome)));
    } finally {
      inFlight.delete(id);
    }
  }

  /**
   * Marks the message `sending` only if it is still queued and every guard lets it go now; an
   * opt-out learnt since submit fails it here (returned, so it is reported), a guard holds it.
   */
  async function claimForSending(
    id: string,
    settings: Settings,
    optOut: OptOut | undefined,
  ): Promise<MessageRecord | undefined> {
    return store.mutate((records) => {
      const record = records.find((candidate) => candidate.id === id);
      if (record?.status !== 'queued') return { records, result: undefined };
      const time = now();
      const guarded = applyGuards(record, records, settings, optOut, time);
      const next: MessageRecord =
        guarded.status !== 'queued'
          ? { ...guarded, updatedAt: time }
          : {
              ...record,
              status: 'sending',
              attempts: record.attempts + 1,
              updatedAt: time,
              nextAttemptAt: undefined,
            };
      return {
        records: records.map((candidate) => (candidate.id === id ? next : candidate)),
        result: next.status === 'sending' || next.status === 'failed' ? next : undefined,
      };
    });
  }

  function applyOutcome(record: MessageRecord, outcome: SendOutcome): MessageRecord {
    const time = now();
    if (outcome.kind === 'sent' || outcome.kind === 'duplicate') {
      deps.wakeAt(time + FIRST_DELIVERY_POLL_MS);
      return {
        ...record,
        status: 'sent',
        updatedAt: time,
        sentAt: record.sentAt ?? time,
        failure: undefined,
        outcomeUnknown: undefined,
        messageId: outcome.messageId,
        parts: outcome.parts,
        estimateMicro: outcome.estimateMicro,
        estimate: outcome.estimate,
        deliveryDeadline: outcome.deliveryDeadline,
        contactId: outcome.contactId ?? undefined,
        sentTo: outcome.to ?? undefined,
        delivery: 'pending',
        deliveryPolls: 0,
        nextDeliveryPollAt: time + FIRST_DELIVERY_POLL_MS,
      };
    }
    if (!isOutcomeUnknown(outcome)) return failed(record, outcome, false);
    if (!shouldRetry(record.attempts)) return failed(record, outcome, true);
    const retryAfterMs = outcome.kind === 'rate-limited' ? outcome.retryAfterMs : undefined;
    const nextAttemptAt = time + retryDelayMs(record.attempts, retryAfterMs);
    deps.wakeAt(nextAttemptAt);
    return {
      ...record,
      status: 'queued',
      updatedAt: time,
      nextAttemptAt,
      failure: outcome,
      outcomeUnknown: true,
    };
  }

  function failed(record: MessageRecord, failure: Failure, outcomeUnknown: boolean): MessageRecord {
    return {
      ...record,
      status: 'failed',
      updatedAt: now(),
      nextAttemptAt: undefined,
      failure,
      outcomeUnknown,
    };
  }

  function finish(record: MessageRecord | undefined): MessageRecord | undefined {
    if (record && (record.status === 'sent' || record.status === 'failed')) deps.onFinished(record);
    return record;
  }

  /**
   * Runs at start-up and on every wake: a record left `sending` by a dead worker is retried (same
   * clientDedup: harmless if it did go out), due retries run, held messages whose time came go out.
   */
  async function processDue(options: { startup?: boolean } = {}): Promise<void> {
    const time = now();
    const due = await store.mutate((records) => {
      const next = records.map((record): MessageRecord => {
        const interrupted =
          record.status === 'sending' &&
          !inFlight.has(record.id) &&
          (options.startup || record.updatedAt + deps.requestTimeoutMs + 5_000 <= time);
        if (interrupted)
          return { ...record, status: 'queued', nextAttemptAt: time, outcomeUnknown: true };
        if (record.status === 'held' && (record.heldUntil ?? 0) <= time)
          return { ...record, status: 'queued', nextAttemptAt: time };
        return record;
      });
      const ids = next
        .filter((record) => record.status === 'queued' && (record.nextAttemptAt ?? 0) <= time)
        .map((record) => record.id);
      return { records: next, result: ids };
    });
    for (const id of due) await attempt(id);
    await scheduleNextWake();
  }

  async function scheduleNextWake(): Promise<void> {
    const records = await store.list();
    const times = records.flatMap((record) => {
      if (record.status === 'queued' && record.nextAttemptAt) return [record.nextAttemptAt];
      if (record.status === 'held' && record.heldUntil) return [record.heldUntil];
      if (record.status === 'sent' && record.nextDeliveryPollAt) return [record.nextDeliveryPollAt];
      return [];
    });
    if (times.length > 0) deps.wakeAt(Math.min(...times));
  }

  /** Stops a message that has not gone out yet; one already on its way cannot be called back. */
  async function cancel(id: string): Promise<MessageRecord | undefined> {
    const record = await updateRecord(id, (current) => {
      if (current.status !== 'queued' && current.status !== 'held') return undefined;
      return {
        ...current,
        status: 'cancelled',
        updatedAt: now(),
        nextAttemptAt: undefined,
        heldUntil: undefined,
      };
    });
    if (record && record.status !== 'cancelled') {
      throw new Error(
        record.status === 'sending'
          ? 'It is being sent right now and can no longer be stopped.'
          : 'Only a message that is waiting can be cancelled.',
      );
    }
    return record;
  }

  /**
   * "Send now anyway" for a message held by quiet hours, after the user confirmed it: recorded on
   * the message (the history shows it), and sent through the other guards (an opt-out still
   * refuses, the pace guard still paces).
   */
  async function sendHeldNow(id: string): Promise<MessageRecord | undefined> {
    const record = await updateRecord(id, (current) =>
      current.status === 'held' && current.failure?.kind === 'quiet-hours'
        ? {
            ...current,
            status: 'queued',
            heldUntil: undefined,
            nextAttemptAt: now(),
            updatedAt: now(),
            quietHoursOverriddenAt: now(),
          }
        : undefined,
    );
    if (record?.status !== 'queued' || record.quietHoursOverriddenAt === undefined)
      throw new Error('Only a message held for quiet hours can be sent now.');
    return (await attempt(id)) ?? record;
  }

  /** Tries a failed message again with its own clientDedup, so it can never arrive twice. */
  async function retry(id: string): Promise<MessageRecord | undefined> {
    const record = await updateRecord(id, (current) =>
      current.status === 'failed'
        ? { ...current, status: 'queued', attempts: 0, nextAttemptAt: now(), updatedAt: now() }
        : undefined,
    );
    if (record?.status !== 'queued')
      throw new Error('Only a message that failed can be tried again.');
    return (await attempt(id)) ?? record;
  }

  return {
    submit,
    attempt,
    processDue,
    scheduleNextWake,
    cancel,
    retry,
    sendHeldNow,
    updateRecord,
  };
}
