import { describe, expect, it } from 'vitest';
import { describeResult, RETRYING } from '@/utils/composer/describe-result';
import { needsSettings } from '@/utils/failure/failure';
import { makeRecord } from './make-record';

const NOW = 5_000_000;

describe('describeResult', () => {
  it('shows what was sent: message id, parts, estimate and delivery deadline', () => {
    const view = describeResult(
      makeRecord({
        status: 'sent',
        messageId: 'm-42',
        parts: 2,
        estimate: '0.04',
        deliveryDeadline: '2025-01-02T03:04:05Z',
        delivery: 'pending',
      }),
      NOW,
      'en-US',
    );
    expect(view).toMatchObject({
      tone: 'ok',
      role: 'status',
      title: 'Sent',
      actions: ['new-message'],
    });
    expect(view.facts).toEqual([
      { label: 'To', value: '+63 917 123 4567' },
      { label: 'Message ID', value: 'm-42' },
      { label: 'Parts', value: '2' },
      { label: 'Estimated cost', value: '$0.04' },
      { label: 'Delivery by', value: expect.stringMatching(/2025/) },
    ]);
  });

  it('puts a refusal in plain words with what to do, as an alert', () => {
    const view = describeResult(
      makeRecord({
        status: 'failed',
        failure: { kind: 'funds' },
      }),
      NOW,
    );
    expect(view).toMatchObject({
      role: 'alert',
      tone: 'problem',
      title: 'Not enough funds in your engageSPARK organization',
      actions: ['edit'],
    });
    expect(view.lines).toEqual([
      'Top up in engageSPARK, then send again.',
      expect.stringContaining('still here'),
    ]);
  });

  it('links to Settings when the key or the settings are the problem', () => {
    const view = describeResult(
      makeRecord({
        status: 'failed',
        failure: { kind: 'auth' },
      }),
      NOW,
    );
    expect(view.actions).toEqual(['open-settings', 'edit']);
  });

  it('offers a safe retry when it is not known whether the message went', () => {
    const view = describeResult(
      makeRecord({
        status: 'failed',
        outcomeUnknown: true,
        failure: { kind: 'timeout' },
      }),
      NOW,
    );
    expect(view).toMatchObject({ title: 'May not have been sent', actions: ['retry', 'edit'] });
  });

  it('counts down a held message and offers Cancel', () => {
    const view = describeResult(
      makeRecord({
        status: 'held',
        heldUntil: NOW + 42_000,
        failure: { kind: 'pace', limitPerMinute: 3 },
      }),
      NOW,
    );
    expect(view).toMatchObject({
      tone: 'waiting',
      role: 'status',
      title: 'Held — sends in 0:42',
      lines: [
        'Carriers drop more than 3 SMS per number per minute, so this one waits and goes out by itself.',
      ],
      actions: ['cancel'],
    });
  });

  it('says a queued message is being retried and can be cancelled', () => {
    const view = describeResult(
      makeRecord({
        status: 'queued',
        outcomeUnknown: true,
        failure: { kind: 'server', status: 500 },
      }),
      NOW,
    );
    expect(view).toMatchObject({
      title: 'Not confirmed yet — trying again',
      lines: ['engageSPARK had a problem (error 500)', RETRYING],
      actions: ['cancel'],
    });
  });

  it('while retrying by itself, says it cannot arrive twice, not "check the message log" (issue 13)', () => {
    const retrying = makeRecord({
      status: 'queued',
      outcomeUnknown: true,
      failure: { kind: 'server', status: 500 },
    });
    const text = (record: typeof retrying): string => {
      const view = describeResult(record, NOW);
      return [view.title, ...view.lines].join(' ');
    };
    expect(text(retrying)).toMatch(/trying again by itself/);
    expect(text(retrying)).toMatch(/cannot send it twice/);
    expect(text(retrying)).not.toMatch(/message log|not known/);
    expect(text({ ...retrying, status: 'sending' })).toMatch(/Trying again….*cannot send it twice/);
    expect(text({ ...retrying, status: 'sending' })).not.toMatch(/message log/);
    // The end state keeps the advice.
    expect(text({ ...retrying, status: 'failed' })).toMatch(/May not have been sent.*message log/);
  });

  it('has nothing to offer while a request is in flight, and Edit after a cancel', () => {
    expect(describeResult(makeRecord({ status: 'sending' }), NOW).actions).toEqual([]);
    expect(describeResult(makeRecord({ status: 'cancelled' }), NOW)).toMatchObject({
      title: 'Cancelled',
      actions: ['edit'],
    });
  });
});

describe('needsSettings', () => {
  it('recognises problems fixed in Settings', () => {
    expect(needsSettings({ kind: 'settings-missing', missing: ['api-key'] })).toBe(true);
    expect(needsSettings({ kind: 'unexpected-status', status: 404 })).toBe(true);
    expect(needsSettings({ kind: 'funds' })).toBe(false);
    expect(describeResult(makeRecord({ status: 'failed' }), NOW).actions).toEqual(['edit']);
  });
});
