import { describe, expect, it } from 'vitest';
import { isOptOutDeliveryError } from '@/utils/consent/delivery-opt-out';

describe('isOptOutDeliveryError', () => {
  it.each([
    'opted out of promotional messaging',
    'Recipient Opted Out',
    'opt-out',
    'subscriber unsubscribed',
    'number is blacklisted',
    'Blocked by recipient',
    'DND registered',
    'do not disturb',
  ])('reads %j as an opt-out', (error) => {
    expect(isOptOutDeliveryError(error)).toBe(true);
  });

  it.each([
    'unreachable',
    'rejected by telco',
    'invalid number',
    'handset busy',
    'blocked by carrier spam filter',
    '',
    undefined,
  ])('does not read %j as an opt-out', (error) => {
    expect(isOptOutDeliveryError(error)).toBe(false);
  });
});
