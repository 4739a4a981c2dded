import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceResponseSchema } from '@/utils/api/endpoints/balance.ts';
import { deliveryStatusResponseSchema } from '@/utils/api/endpoints/delivery-status.ts';
import { sendResponseSchema, sendSmsBodySchema } from '@/utils/api/endpoints/send.ts';

const BODY = { orgId: 1234, message: 'Hi', clientDedup: 'd', clientRef: 'r' };

describe('sendSmsBodySchema', () => {
  it('takes a number or a contact id', () => {
    expect(sendSmsBodySchema.safeParse({ ...BODY, to: '639171234567' }).success).toBe(true);
    expect(sendSmsBodySchema.safeParse({ ...BODY, contactId: 7 }).success).toBe(true);
    expect(sendSmsBodySchema.safeParse({ ...BODY, to: '639171234567', from: 'ACME' }).success).toBe(
      true,
    );
  });

  it('never both, never neither', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{6,14}$/), fc.integer({ min: 1 }), (to, contactId) => {
        expect(sendSmsBodySchema.safeParse({ ...BODY, to, contactId }).success).toBe(false);
      }),
    );
    expect(sendSmsBodySchema.safeParse(BODY).success).toBe(false);
  });

  it.each([
    ['orgId as a string', { orgId: '1234', to: '639171234567' }],
    ['a negative orgId', { orgId: -1, to: '639171234567' }],
    ['a "+" in to', { to: '+639171234567' }],
    ['an empty from', { to: '639171234567', from: '' }],
    ['an empty message', { to: '639171234567', message: '' }],
    ['an unknown field', { to: '639171234567', extra: 1 }],
  ])('refuses %s', (_label, change) => {
    expect(sendSmsBodySchema.safeParse({ ...BODY, ...change }).success).toBe(false);
  });
});

describe('response schemas', () => {
  it('read numbers written as strings without coercing nonsense', () => {
    const base = {
      messageId: 'SMS1',
      estimateParts: '2',
      estimateMicro: '40000',
      estimate: '0.04',
      deliveryDeadline: '',
    };
    expect(sendResponseSchema.parse(base)).toMatchObject({
      estimateParts: 2,
      estimateMicro: 40000,
    });
    for (const nonsense of [null, '', true, '1.5', '2x', [], {}]) {
      expect(sendResponseSchema.safeParse({ ...base, estimateParts: nonsense }).success).toBe(
        false,
      );
    }
  });

  it('balance: number or numeric string, balanceMicro optional', () => {
    expect(balanceResponseSchema.parse({ balance: 9.98 }).balance).toBe('9.98');
    expect(balanceResponseSchema.parse({ balance: ' 9.98 ' }).balance).toBe('9.98');
    expect(balanceResponseSchema.safeParse({ balance: null }).success).toBe(false);
    expect(balanceResponseSchema.safeParse({ balanceMicro: 1 }).success).toBe(false);
  });

  it('delivery status: only the documented states', () => {
    const status = {
      messageId: 'SMS1',
      deliveredToTelco: 'confirmed',
      deliveredToPhone: 'failed',
      done: true,
    };
    expect(deliveryStatusResponseSchema.safeParse(status).success).toBe(true);
    expect(
      deliveryStatusResponseSchema.safeParse({ ...status, deliveredToPhone: 'delivered' }).success,
    ).toBe(false);
  });
});
