import { describe, expect, it } from 'vitest';
import { describeResult } from '@/utils/composer/describe-result';
import { describeFailure } from '@/utils/failure/describe-failure';
import { type Failure, type FailureKind, needsSettings } from '@/utils/failure/failure';
import { notificationTargetFor } from '@/utils/notifications/notification-target';
import { makeRecord } from '../composer/make-record';

/** Every failure code, with the data that changes its answer (a Record, so none is forgotten). */
const SAMPLES: Record<FailureKind, Failure[]> = {
  invalid: [
    { kind: 'invalid', origin: 'local', problems: ['api-url'] },
    { kind: 'invalid', origin: 'local', problems: ['api-url-insecure'] },
    { kind: 'invalid', origin: 'local', problems: ['api-key', 'message'] },
    { kind: 'invalid', origin: 'local', problems: ['org-id'] },
    { kind: 'invalid', origin: 'local', problems: ['phone-number'] },
    { kind: 'invalid', origin: 'local', problems: ['message', 'sender'] },
    { kind: 'invalid', origin: 'server', serverError: 'Check your Settings, says the server' },
    { kind: 'invalid', origin: 'server', serverError: '' },
  ],
  auth: [{ kind: 'auth' }],
  funds: [{ kind: 'funds' }],
  server: [{ kind: 'server', status: 500 }],
  'rate-limited': [{ kind: 'rate-limited' }, { kind: 'rate-limited', retryAfterMs: 9000 }],
  timeout: [{ kind: 'timeout' }],
  network: [{ kind: 'network', detail: 'ECONNRESET' }],
  malformed: [200, 302, 400, 403, 409, 500].map((status) => ({
    kind: 'malformed' as const,
    status,
    detail: 'not JSON',
  })),
  'unexpected-status': [0, 301, 302, 307, 404, 405, 408, 413, 418, 422].map((status) => ({
    kind: 'unexpected-status' as const,
    status,
  })),
  'settings-missing': [
    { kind: 'settings-missing', missing: ['api-key'] },
    { kind: 'settings-missing', missing: ['api-key', 'org-id'] },
  ],
  'api-url-refused': [
    { kind: 'api-url-refused', reason: 'not-allowed' },
    { kind: 'api-url-refused', reason: 'no-access' },
  ],
  pace: [{ kind: 'pace', limitPerMinute: 3 }],
  'opted-out': [
    { kind: 'opted-out', number: '639171234567', at: 0, source: 'reply', said: 'STOP' },
    {
      kind: 'opted-out',
      number: '639171234567',
      at: 0,
      source: 'delivery-receipt',
      said: 'opted out of promotional messaging',
    },
  ],
  'quiet-hours': [
    { kind: 'quiet-hours', timeZone: 'Asia/Manila', localTime: '22:14', opensAt: '08:00' },
  ],
};

const ALL = Object.values(SAMPLES).flat();

/** The composer offers "Open Settings" for the failed record. */
function composerOffersSettings(failure: Failure, outcomeUnknown: boolean): boolean {
  const record = makeRecord({ status: 'failed', failure, outcomeUnknown });
  return describeResult(record, 0).actions.includes('open-settings');
}

/** The notification's click opens the options page. */
function notificationOpensSettings(failure: Failure, outcomeUnknown: boolean): boolean {
  const record = makeRecord({ status: 'failed', failure, outcomeUnknown });
  return notificationTargetFor(record) === 'options';
}

describe('"is this a Settings problem?" has one answer on every surface', () => {
  it.each(ALL.map((failure) => [JSON.stringify(failure), failure] as const))(
    '%s',
    (_name, failure) => {
      const expected = needsSettings(failure);
      for (const outcomeUnknown of [false, true]) {
        expect(composerOffersSettings(failure, outcomeUnknown)).toBe(expected);
        expect(notificationOpensSettings(failure, outcomeUnknown)).toBe(expected);
      }
    },
  );

  it('a redirect and a 404 are Settings problems everywhere (they were not in the notification)', () => {
    for (const status of [0, 302, 404]) {
      const failure: Failure = { kind: 'unexpected-status', status };
      expect(composerOffersSettings(failure, false)).toBe(true);
      expect(notificationOpensSettings(failure, false)).toBe(true);
    }
  });

  it('the server’s own words never decide it', () => {
    const failure: Failure = { kind: 'invalid', origin: 'server', serverError: 'see Settings' };
    expect(needsSettings(failure)).toBe(false);
  });

  it('every failure offered Settings says so in its words, and has words at all', () => {
    for (const failure of ALL) {
      const { title, line } = describeFailure(failure);
      expect(title).toMatch(/\w/);
      if (needsSettings(failure)) expect(`${title} ${line}`).toMatch(/Settings|Allow access/);
    }
  });
});
