import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_URL,
  DEFAULT_SETTINGS,
  senderIdSchema,
  settingsSchema,
} from '@/utils/settings/settings-schema';

describe('settingsSchema', () => {
  it('fills every field with a safe default', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      orgId: null,
      senderId: '',
      defaultCountry: 'PH',
      recipientMode: 'contact',
      apiUrl: DEFAULT_API_URL,
      paceLimitPerMinute: 5,
      quietHours: { start: '08:00', end: '21:00' },
    });
  });

  it('keeps good values', () => {
    const settings = {
      orgId: 1234,
      senderId: 'ACME',
      defaultCountry: 'KE',
      recipientMode: 'phonenumber',
      apiUrl: 'http://127.0.0.1:8787',
      paceLimitPerMinute: 60,
      quietHours: { start: '22:00', end: '06:00' },
    };
    expect(settingsSchema.parse(settings)).toEqual(settings);
  });

  it.each([
    ['a negative organization', { orgId: -1 }],
    ['a fractional organization', { orgId: 1.5 }],
    ['an organization as text', { orgId: '1234' }],
    ['a lower-case country', { defaultCountry: 'ph' }],
    ['an unknown recipient mode', { recipientMode: 'group' }],
    ['a pace of 0', { paceLimitPerMinute: 0 }],
    ['a pace above 60', { paceLimitPerMinute: 61 }],
    ['a URL that is no URL', { apiUrl: 'not a url' }],
    ['a sender ID that is too long', { senderId: 'TWELVELETTER' }],
  ])('refuses %s', (_name, value) => {
    expect(settingsSchema.safeParse(value).success).toBe(false);
  });
});

describe('senderIdSchema', () => {
  it.each(['', 'INFOSMS', 'My Shop', '+639171234567', '12345'])('accepts %j', (value) => {
    expect(senderIdSchema.safeParse(value).success).toBe(true);
  });

  it('trims spaces around the sender ID', () => {
    expect(senderIdSchema.parse('  ACME  ')).toBe('ACME');
  });

  it.each(['ACME-SHOP', 'TWELVELETTER', '+1234567890123456', 'Café'])('refuses %j', (value) => {
    expect(senderIdSchema.safeParse(value).success).toBe(false);
  });
});
