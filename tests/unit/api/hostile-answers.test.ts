import { describe, expect, it } from 'vitest';
import { createEngageSparkClient } from '@/utils/api/client.ts';
import { isOutcomeUnknown } from '@/utils/api/endpoints/send-outcome.ts';
import { ANSWERS, type AnswerCase, CORPUS_NOW } from './answer-corpus.ts';
import { answerWith, createFakeFetch } from './fake-fetch.ts';

const CREDENTIALS = { apiUrl: 'https://api.engagespark.com', apiKey: 'test-key-123', orgId: 1234 };

function clientAnswering(answer: AnswerCase) {
  const fake = createFakeFetch(answerWith(answer.status, answer.body, answer.headers));
  return createEngageSparkClient({
    fetch: fake.fetch,
    credentials: CREDENTIALS,
    now: () => CORPUS_NOW,
    timeoutMs: 10_000,
  });
}

function expectAbsent(actual: object, answer: AnswerCase): void {
  for (const key of answer.absent ?? []) expect(actual).not.toHaveProperty(key);
}

describe('send answers from the hostile corpus', () => {
  it.each(ANSWERS.send)('$status $name', async (answer) => {
    const outcome = await clientAnswering(answer).sendSms({
      endpoint: 'contact',
      recipient: { to: '639171234567' },
      message: 'Hello',
      clientDedup: 'dedup-1',
      clientRef: 'ref-1',
    });
    expect(outcome).toMatchObject(answer.expect);
    expectAbsent(outcome, answer);
    if (outcome.kind === 'sent' || outcome.kind === 'duplicate')
      expect(outcome).toEqual(answer.expect);
    expect(isOutcomeUnknown(outcome)).toBe(answer.unknown);
  });
});

describe('balance answers from the hostile corpus', () => {
  it.each(ANSWERS.balance)('$status $name', async (answer) => {
    const result = await clientAnswering(answer).getBalance();
    expect(result).toMatchObject(answer.expect);
    if (result.ok) expect(result).toEqual(answer.expect);
    else expectAbsent(result.failure, answer);
  });
});

describe('delivery-status answers from the hostile corpus', () => {
  it.each(ANSWERS.deliveryStatus)('$status $name', async (answer) => {
    const result = await clientAnswering(answer).getDeliveryStatus('SMS20240102T030405-1234-0001');
    expect(result).toMatchObject(answer.expect);
    if (result.ok) expect(result).toEqual(answer.expect);
  });
});

describe('every hostile answer, given to the contacts and messages lists', () => {
  const everyAnswer = [...ANSWERS.send, ...ANSWERS.balance, ...ANSWERS.deliveryStatus];

  it.each(everyAnswer)('$status $name: no contact, no message, no key', async (answer) => {
    const client = clientAnswering(answer);
    const [contacts, messages] = await Promise.all([
      client.findContactsByPhone('639171234567'),
      client.listMessages({ dir: 'inbound' }),
    ]);
    // None of these bodies is a list of contacts or SMS: nothing may come out of them as one.
    expect(contacts.ok ? contacts.contacts : []).toEqual([]);
    expect(messages.ok ? messages.messages : []).toEqual([]);
    if (answer.status < 200 || answer.status >= 300) {
      expect(contacts.ok).toBe(false);
      expect(messages.ok).toBe(false);
    }
    expect(JSON.stringify([contacts, messages])).not.toContain('test-key-123');
  });
});
