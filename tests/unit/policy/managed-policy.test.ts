import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS } from '@/utils/consent/quiet-hours';
import { parsePolicy, policyView } from '@/utils/policy/managed-policy';

describe('parsePolicy', () => {
  it('takes every valid key', () => {
    const { policy, warnings } = parsePolicy({
      apiKey: 'k-123',
      orgId: 1234,
      senderId: 'ACME',
      defaultCountry: 'ke',
      recipientMode: 'phonenumber',
      enabledSites: ['CRM.example.com'],
      disabledSites: ['acme.my.salesforce.com'],
      paceLimitPerMinute: 3,
      templates: [{ name: 'Hello', text: 'Hi {{first}}' }],
      lockSettings: true,
    });
    expect(warnings).toEqual([]);
    expect(policy).toEqual({
      apiKey: 'k-123',
      orgId: 1234,
      senderId: 'ACME',
      defaultCountry: 'KE',
      recipientMode: 'phonenumber',
      enabledSites: ['https://crm.example.com'],
      disabledSites: ['https://acme.my.salesforce.com'],
      paceLimitPerMinute: 3,
      templates: [{ name: 'Hello', text: 'Hi {{first}}' }],
      lockSettings: true,
    });
  });

  it('drops each bad value on its own, names it, and keeps the others', () => {
    const { policy, warnings } = parsePolicy({
      apiKey: 42,
      orgId: -5,
      senderId: 'A sender far too long',
      defaultCountry: 'XX',
      recipientMode: 'fax',
      enabledSites: ['not a host/with path'],
      paceLimitPerMinute: 1.5,
      templates: [{ name: '', text: 'x' }],
      lockSettings: 'yes',
      quietHours: { start: '08:00', end: '08:00' },
      orgIdTypo: 1,
      disabledSites: ['ok.example.com'],
    });
    expect(policy).toEqual({ disabledSites: ['https://ok.example.com'] });
    for (const key of [
      'apiKey',
      'orgId',
      'senderId',
      'defaultCountry',
      'recipientMode',
      'enabledSites',
      'paceLimitPerMinute',
      'templates',
      'lockSettings',
      'quietHours',
      'orgIdTypo',
    ]) {
      expect(warnings.some((warning) => warning.includes(`"${key}"`))).toBe(true);
    }
    expect(warnings).toHaveLength(11);
  });

  it('reads quietHours as a window or false, and drops anything else', () => {
    expect(parsePolicy({ quietHours: { start: '08:00', end: '21:00' } }).policy).toEqual({
      quietHours: { start: '08:00', end: '21:00' },
    });
    expect(parsePolicy({ quietHours: false }).policy).toEqual({ quietHours: false });
    for (const bad of [true, '08:00-21:00', { start: '8:00', end: '21:00' }, { start: '08:00' }]) {
      const { policy, warnings } = parsePolicy({ quietHours: bad });
      expect(policy).toEqual({});
      expect(warnings).toEqual([expect.stringContaining('"quietHours"')]);
    }
  });

  it('reads the object form Chrome can declare: {"enabled": false} switches quiet hours off', () => {
    const read = (quietHours: unknown) => parsePolicy({ quietHours });
    expect(read({ enabled: false }).policy).toEqual({ quietHours: false });
    // The window beside "enabled": false is kept by nobody: off is off.
    expect(read({ enabled: false, start: '08:00', end: '21:00' }).policy).toEqual({
      quietHours: false,
    });
    expect(read({ enabled: true, start: '09:00', end: '18:00' }).policy).toEqual({
      quietHours: { start: '09:00', end: '18:00' },
    });
    expect(read({ enabled: true }).policy).toEqual({ quietHours: DEFAULT_QUIET_HOURS });
    for (const bad of [
      {},
      { enabled: 'no' },
      { enabled: true, start: '09:00' },
      { enabled: true, start: '09:00', end: '09:00' },
      { enabled: false, days: 'weekdays' },
    ]) {
      const { policy, warnings } = read(bad);
      expect(policy, JSON.stringify(bad)).toEqual({});
      expect(warnings).toEqual([expect.stringContaining('"quietHours"')]);
    }
    expect(read({ start: '09:00' }).warnings[0]).toContain('give "start" and "end" as HH:MM');
  });

  it('declares in the managed schema every object form it reads, so Chrome keeps them', () => {
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
      properties: { quietHours: object };
    };
    const chromeAccepts = new Ajv({ strict: false }).compile(schema.properties.quietHours);
    for (const form of [
      { enabled: false },
      { start: '08:00', end: '21:00' },
      { enabled: true, start: '22:00', end: '06:00' },
      { enabled: true },
    ]) {
      expect(chromeAccepts(form), JSON.stringify(form)).toBe(true);
      expect(parsePolicy({ quietHours: form }).warnings).toEqual([]);
    }
    // What the schema cannot say: false itself (Firefox only).
    expect(chromeAccepts(false)).toBe(false);
  });

  it('reads anything that is not an object as no policy', () => {
    for (const raw of [undefined, null, 'x', 3, []]) {
      expect(parsePolicy(raw)).toEqual({ policy: {}, warnings: [] });
    }
  });

  it('never lets the key into the view a page gets', () => {
    const view = policyView({ apiKey: 'secret-key', orgId: 1 });
    expect(view).toEqual({ orgId: 1, hasApiKey: true });
    expect(JSON.stringify(view)).not.toContain('secret-key');
    expect(policyView({})).toEqual({ hasApiKey: false });
  });
});
