import { describe, expect, it } from 'vitest';
import { isOutcomeUnknown, type SendOutcome } from '@/utils/api/endpoints/send-outcome.ts';

const ACCEPTED = {
  messageId: 'SMS1',
  parts: 1,
  estimateMicro: 20000,
  estimate: '0.02',
  deliveryDeadline: '',
  contactId: null,
  to: '639171234567',
};

/** The classification that decides between a safe retry and a final answer. */
const TABLE: [SendOutcome, boolean][] = [
  [{ kind: 'sent', ...ACCEPTED }, false],
  [{ kind: 'duplicate', ...ACCEPTED }, false],
  [{ kind: 'invalid', origin: 'server', serverError: 'bad number' }, false],
  [{ kind: 'invalid', origin: 'local', problems: ['message'] }, false],
  [{ kind: 'auth' }, false],
  [{ kind: 'funds' }, false],
  [{ kind: 'server', status: 500 }, true],
  [{ kind: 'server', status: 502 }, true],
  [{ kind: 'server', status: 503 }, true],
  [{ kind: 'server', status: 504 }, true],
  [{ kind: 'rate-limited' }, true],
  [{ kind: 'rate-limited', retryAfterMs: 30_000 }, true],
  [{ kind: 'timeout' }, true],
  [{ kind: 'network', detail: 'fetch failed' }, true],
  [{ kind: 'malformed', status: 200, detail: 'not JSON' }, true],
  [{ kind: 'malformed', status: 204, detail: 'empty body' }, true],
  [{ kind: 'malformed', status: 409, detail: 'not JSON' }, true],
  [{ kind: 'malformed', status: 500, detail: 'not JSON' }, true],
  [{ kind: 'malformed', status: 400, detail: 'an HTML page, not JSON' }, false],
  [{ kind: 'unexpected-status', status: 0 }, false],
  [{ kind: 'unexpected-status', status: 302 }, false],
  [{ kind: 'unexpected-status', status: 404 }, false],
  [{ kind: 'unexpected-status', status: 405 }, false],
  [{ kind: 'unexpected-status', status: 408 }, true],
  [{ kind: 'unexpected-status', status: 413 }, false],
  [{ kind: 'unexpected-status', status: 418 }, false],
];

describe('isOutcomeUnknown', () => {
  it.each(TABLE)('%j → %s', (outcome, unknown) => {
    expect(isOutcomeUnknown(outcome)).toBe(unknown);
  });
});
