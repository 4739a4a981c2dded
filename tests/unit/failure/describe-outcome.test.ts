import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '@/tests/unit/api/answer-corpus.ts';
import { answerWith, createFakeFetch } from '@/tests/unit/api/fake-fetch.ts';
import type { LookupFailure } from '@/utils/api/answers/read-lookup-answer.ts';
import { createEngageSparkClient } from '@/utils/api/client.ts';
import type { SendOutcome } from '@/utils/api/endpoints/send-outcome.ts';
import type { RequestProblem } from '@/utils/api/request-problem.ts';
import { describeLookupFailure, describeSendOutcome } from '@/utils/failure/describe-outcome.ts';

const API_KEY = 'es_live_SECRET_4f9a8b7c6d5e';
const INPUT = {
  endpoint: 'contact',
  recipient: { to: '639171234567' },
  message: 'Hello',
  clientDedup: 'dedup-1',
  clientRef: 'ref-1',
} as const;

const PROBLEMS: RequestProblem[] = [
  'api-url',
  'api-url-insecure',
  'api-key',
  'org-id',
  'phone-number',
  'contact-id',
  'recipient',
  'phonenumber-needs-number',
  'message',
  'sender',
  'client-dedup',
  'client-ref',
  'message-id',
];

describe('describeSendOutcome', () => {
  it('funds', () => {
    expect(describeSendOutcome({ kind: 'funds' })).toEqual({
      title: 'Not enough funds in your engageSPARK organization',
      line: 'Top up in engageSPARK, then send again.',
    });
  });

  it('auth', () => {
    expect(describeSendOutcome({ kind: 'auth' }).title).toBe(
      'The API key was refused — check it in Settings',
    );
  });

  it("invalid from the server shows the server's own words", () => {
    const outcome: SendOutcome = { kind: 'invalid', origin: 'server', serverError: 'Bad to' };
    expect(describeSendOutcome(outcome).line).toBe('Bad to');
  });

  it('invalid from the server without words still says something', () => {
    const outcome: SendOutcome = { kind: 'invalid', origin: 'server', serverError: '' };
    expect(describeSendOutcome(outcome).line).not.toBe('');
  });

  it('invalid before sending names every problem once', () => {
    const outcome: SendOutcome = {
      kind: 'invalid',
      origin: 'local',
      problems: ['message', 'client-dedup', 'client-ref'],
    };
    expect(describeSendOutcome(outcome).line).toBe(
      'The message is empty. The extension could not label this message (internal error).',
    );
  });

  it('network', () => {
    const description = describeSendOutcome({ kind: 'network', detail: 'fetch failed' });
    expect(description.title).toBe('No connection to engageSPARK');
    expect(description.line).toMatch(/not known whether the message went out/);
  });

  it('malformed: may have been sent after a 200, was not after a 400', () => {
    const after200 = describeSendOutcome({ kind: 'malformed', status: 200, detail: 'x' });
    const after400 = describeSendOutcome({ kind: 'malformed', status: 400, detail: 'x' });
    expect(after200.title).toBe('engageSPARK sent an answer this extension cannot read');
    expect(after200.line).toMatch(/not known whether/);
    expect(after400.line).toMatch(/was not sent/);
  });

  it.each([
    [302, /redirects/],
    [404, /not at this address/],
    [408, /timed out/],
    [413, /too long/],
    [418, /error 418/],
  ])('unexpected status %i', (status, title) => {
    expect(describeSendOutcome({ kind: 'unexpected-status', status }).title).toMatch(title);
  });

  it('rate-limited says how long to wait', () => {
    expect(describeSendOutcome({ kind: 'rate-limited', retryAfterMs: 30_000 }).line).toBe(
      'Wait 30 seconds, then try again.',
    );
    expect(describeSendOutcome({ kind: 'rate-limited', retryAfterMs: 600_000 }).line).toBe(
      'Wait 10 minutes, then try again.',
    );
  });

  it('every request problem has words', () => {
    for (const problem of PROBLEMS) {
      const outcome: SendOutcome = { kind: 'invalid', origin: 'local', problems: [problem] };
      expect(describeSendOutcome(outcome).line.length).toBeGreaterThan(10);
    }
  });
});

describe('describeLookupFailure', () => {
  const FAILURES: LookupFailure[] = [
    { kind: 'invalid', problems: ['api-key'] },
    { kind: 'auth' },
    { kind: 'wrong-org', status: 403 },
    { kind: 'not-found' },
    { kind: 'not-engagespark', status: 200, detail: 'an HTML page, not JSON' },
    { kind: 'server', status: 500 },
    { kind: 'rate-limited' },
    { kind: 'timeout' },
    { kind: 'network', detail: 'fetch failed' },
    { kind: 'malformed', status: 200, detail: 'x' },
    { kind: 'unexpected-status', status: 302 },
  ];

  it.each(FAILURES)('$kind has a title and a line', (failure) => {
    const { title, line } = describeLookupFailure(failure);
    expect(title).not.toBe('');
    expect(line).not.toBe('');
  });

  it('tells a wrong key, a wrong organization and a wrong address apart', () => {
    const titles = new Set([
      describeLookupFailure({ kind: 'auth' }).title,
      describeLookupFailure({ kind: 'wrong-org', status: 404 }).title,
      describeLookupFailure({ kind: 'not-engagespark', status: 200, detail: 'x' }).title,
    ]);
    expect(titles.size).toBe(3);
  });
});

describe('the API key never appears in any description', () => {
  /** Every corpus answer, with the key echoed into the body the way a careless server might. */
  function echoingKey(body: string): string {
    return body
      .replace('"Invalid phone number: 123"', `"bad request for Token ${API_KEY}"`)
      .replace('"Not found."', `"no org for ${API_KEY}"`)
      .replace('<h1>Bad Gateway</h1>', `<h1>${API_KEY}</h1>`)
      .replace('"detail":"JSON parse error"', `"detail":"${API_KEY}"`);
  }

  function clientAnswering(status: number, body: string, headers: Record<string, string>) {
    const fake = createFakeFetch(answerWith(status, echoingKey(body), headers));
    return createEngageSparkClient({
      fetch: fake.fetch,
      credentials: { apiUrl: 'https://api.engagespark.com', apiKey: API_KEY, orgId: 1234 },
      timeoutMs: 10_000,
    });
  }

  it.each(ANSWERS.send)('send: $status $name', async (answer) => {
    const outcome = await clientAnswering(answer.status, answer.body, answer.headers).sendSms(
      INPUT,
    );
    expect(JSON.stringify(outcome)).not.toContain(API_KEY);
    expect(JSON.stringify(describeSendOutcome(outcome))).not.toContain(API_KEY);
  });

  it.each(ANSWERS.balance)('balance: $status $name', async (answer) => {
    const client = clientAnswering(answer.status, answer.body, answer.headers);
    const result = await client.getBalance();
    expect(JSON.stringify(result)).not.toContain(API_KEY);
    if (!result.ok)
      expect(JSON.stringify(describeLookupFailure(result.failure))).not.toContain(API_KEY);
  });

  it('a refusal that quotes the key is shown without it', async () => {
    const body = JSON.stringify({ error: `Token ${API_KEY} is not valid for org 1234` });
    const outcome = await clientAnswering(400, body, {}).sendSms(INPUT);
    expect(outcome).toEqual({
      kind: 'invalid',
      origin: 'server',
      serverError: 'Token [redacted] is not valid for org 1234',
    });
  });

  it('a network error that mentions the key is shown without it', async () => {
    const client = createEngageSparkClient({
      fetch: async () => {
        throw new TypeError(`fetch failed for ${API_KEY}`);
      },
      credentials: { apiUrl: 'https://api.engagespark.com', apiKey: API_KEY, orgId: 1234 },
    });
    const outcome = await client.sendSms(INPUT);
    expect(JSON.stringify(outcome)).not.toContain(API_KEY);
  });
});

describe('every outcome has words', () => {
  const text = fc.string({ maxLength: 40 });
  const status = fc.integer({ min: 0, max: 599 });
  const accepted = fc.record({
    messageId: text,
    parts: fc.nat(20),
    estimateMicro: fc.nat(),
    estimate: text,
    deliveryDeadline: text,
    contactId: fc.option(fc.nat()),
    to: fc.option(text),
  });
  const outcome: fc.Arbitrary<SendOutcome> = fc.oneof(
    accepted.map((fields) => ({ kind: 'sent' as const, ...fields })),
    accepted.map((fields) => ({ kind: 'duplicate' as const, ...fields })),
    text.map((serverError) => ({
      kind: 'invalid' as const,
      origin: 'server' as const,
      serverError,
    })),
    fc
      .subarray(PROBLEMS)
      .map((problems) => ({ kind: 'invalid' as const, origin: 'local' as const, problems })),
    fc.constant({ kind: 'auth' as const }),
    fc.constant({ kind: 'funds' as const }),
    status.map((code) => ({ kind: 'server' as const, status: code })),
    fc
      .option(fc.nat(), { nil: undefined })
      .map((retryAfterMs) =>
        retryAfterMs === undefined
          ? { kind: 'rate-limited' as const }
          : { kind: 'rate-limited' as const, retryAfterMs },
      ),
    fc.constant({ kind: 'timeout' as const }),
    text.map((detail) => ({ kind: 'network' as const, detail })),
    fc
      .tuple(status, text)
      .map(([code, detail]) => ({ kind: 'malformed' as const, status: code, detail })),
    status.map((code) => ({ kind: 'unexpected-status' as const, status: code })),
  );

  it('describeSendOutcome never throws and never returns an empty title', () => {
    fc.assert(
      fc.property(outcome, (value) => {
        const { title, line } = describeSendOutcome(value);
        expect(title.trim()).not.toBe('');
        expect(typeof line).toBe('string');
      }),
    );
  });
});
