import { describe, expect, it } from 'vitest';
import { answerWith, createFakeFetch } from '@/tests/unit/api/fake-fetch';
import { createEngageSparkClient } from '@/utils/api/client';
import { capAnswerText, capText, MAX_ANSWER_TEXT } from '@/utils/api/transport/cap-answer-text';
import { describeSendOutcome } from '@/utils/failure/describe-outcome';

describe('capText', () => {
  it('leaves a short text alone', () => {
    expect(capText('Invalid phone number')).toBe('Invalid phone number');
    expect(capText('x'.repeat(MAX_ANSWER_TEXT))).toHaveLength(MAX_ANSWER_TEXT);
  });

  it('cuts a long one to the cap, ending in an ellipsis', () => {
    const cut = capText('x'.repeat(200_000));
    expect(cut).toHaveLength(MAX_ANSWER_TEXT);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never leaves half a character', () => {
    const cut = capText(`${'x'.repeat(MAX_ANSWER_TEXT - 2)}😀😀`);
    expect(cut).toBe(`${'x'.repeat(MAX_ANSWER_TEXT - 2)}…`);
  });

  it('cuts every string inside an outcome', () => {
    expect(capAnswerText({ a: ['y'.repeat(600)], b: 3, c: { d: 'z'.repeat(600) } })).toEqual({
      a: [`${'y'.repeat(MAX_ANSWER_TEXT - 1)}…`],
      b: 3,
      c: { d: `${'z'.repeat(MAX_ANSWER_TEXT - 1)}…` },
    });
  });
});

describe('an answer with a 200,000-character error', () => {
  it('is stored and shown as 500 characters at most, with the key still redacted', async () => {
    const key = 'sandbox-key-0000';
    const error = `${key} ${'E'.repeat(200_000)}`;
    const { fetch } = createFakeFetch(
      answerWith(400, JSON.stringify({ error }), { 'content-type': 'application/json' }),
    );
    const client = createEngageSparkClient({
      fetch,
      credentials: { apiUrl: 'https://api.engagespark.com', apiKey: key, orgId: 1234 },
    });
    const outcome = await client.sendSms({
      endpoint: 'phonenumber',
      recipient: { to: '639171234567' },
      message: 'Hi',
      clientDedup: 'draft-0001',
      clientRef: 'click-to-sms:draft-0001',
    });
    expect(outcome).toMatchObject({ kind: 'invalid', origin: 'server' });
    const serverError = 'serverError' in outcome ? outcome.serverError : '';
    expect(serverError).toHaveLength(MAX_ANSWER_TEXT);
    expect(serverError).not.toContain(key);
    expect(describeSendOutcome(outcome).line.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
  });
});
