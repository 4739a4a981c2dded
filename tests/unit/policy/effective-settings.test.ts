import { describe, expect, it } from 'vitest';
import type { Template } from '@/utils/composer/templates-store';
import {
  effectiveApiKey,
  effectiveSettings,
  effectiveSites,
  effectiveTemplates,
  lockedKeys,
  ownSettingsToSave,
} from '@/utils/policy/effective-settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings-schema';

const user: Settings = { ...DEFAULT_SETTINGS, orgId: 7, senderId: 'Mine', defaultCountry: 'KE' };

describe('effectiveSettings', () => {
  it('is the defaults, then the user, then the policy where it speaks', () => {
    expect(effectiveSettings(DEFAULT_SETTINGS, {})).toEqual(DEFAULT_SETTINGS);
    expect(effectiveSettings(user, {})).toEqual(user);
    expect(effectiveSettings(user, { orgId: 1234, paceLimitPerMinute: 2 })).toEqual({
      ...user,
      orgId: 1234,
      paceLimitPerMinute: 2,
    });
  });

  it('never takes the API URL from a policy: the key still goes only where the user allowed', () => {
    const policy = { apiUrl: 'https://evil.example', orgId: 1 } as never;
    expect(effectiveSettings(user, policy).apiUrl).toBe(user.apiUrl);
  });

  it('prefers the policy key to the user key', () => {
    expect(effectiveApiKey('mine', { apiKey: 'team' })).toBe('team');
    expect(effectiveApiKey('mine', {})).toBe('mine');
    expect(effectiveApiKey(undefined, {})).toBeUndefined();
  });
});

describe('locks', () => {
  it('locks only the fields the policy sets, and only with lockSettings', () => {
    expect(lockedKeys({ orgId: 1, senderId: 'A' })).toEqual([]);
    expect(lockedKeys({ orgId: 1, senderId: 'A', lockSettings: true })).toEqual([
      'orgId',
      'senderId',
    ]);
  });

  it('never saves a change over a locked field, whatever the page sends', () => {
    const policy = { orgId: 1234, lockSettings: true };
    expect(ownSettingsToSave({ ...user, orgId: 99 }, user, policy).orgId).toBe(7);
    expect(ownSettingsToSave({ ...user, senderId: 'New' }, user, policy).senderId).toBe('New');
    // Not locked: a typed value is the user's own and is saved (the policy still applies over it).
    expect(ownSettingsToSave({ ...user, orgId: 99 }, user, { orgId: 1234 }).orgId).toBe(99);
  });

  it('saves the user own value where a field still shows the policy value', () => {
    const shown = effectiveSettings(user, { orgId: 1234, senderId: 'Team' });
    expect(ownSettingsToSave(shown, user, { orgId: 1234, senderId: 'Team' })).toEqual(user);
    const edited = { ...shown, senderId: 'Typed' };
    expect(ownSettingsToSave(edited, user, { orgId: 1234, senderId: 'Team' }).senderId).toBe(
      'Typed',
    );
  });
});

describe('quietHours from a policy', () => {
  const night = { start: '22:00', end: '06:00' };
  it('applies the policy window or false over the user', () => {
    expect(effectiveSettings(user, { quietHours: night }).quietHours).toEqual(night);
    expect(effectiveSettings(user, { quietHours: false }).quietHours).toBe(false);
  });

  it('keeps the user own window when the page shows a policy window (an equal copy, not the same object)', () => {
    const shown = { ...effectiveSettings(user, { quietHours: night }), quietHours: { ...night } };
    expect(ownSettingsToSave(shown, user, { quietHours: night }).quietHours).toEqual(
      user.quietHours,
    );
  });
});

describe('effectiveSites', () => {
  it('adds the policy sites and keeps its switched-off sites off', () => {
    expect(
      effectiveSites(
        { enabled: ['https://a.example', 'https://b.example'], disabled: [] },
        { enabledSites: ['https://c.example'], disabledSites: ['https://b.example'] },
      ),
    ).toEqual({
      enabled: ['https://a.example', 'https://c.example'],
      disabled: ['https://b.example'],
    });
    expect(
      effectiveSites(
        { enabled: [], disabled: ['https://c.example'] },
        { enabledSites: ['https://c.example'] },
      ),
    ).toEqual({ enabled: ['https://c.example'], disabled: [] });
  });
});

describe('effectiveTemplates', () => {
  it('offers the team templates first, marked, beside the user own', () => {
    const own: Template[] = [{ id: 'u1', name: 'Mine', message: 'Hi', createdAt: 5 }];
    const offered = effectiveTemplates(own, { templates: [{ name: 'Team hello', text: 'Hello' }] });
    expect(offered).toEqual([
      { id: 'team:Team hello', name: 'Team hello', message: 'Hello', createdAt: 0, team: true },
      { id: 'u1', name: 'Mine', message: 'Hi', createdAt: 5, team: false },
    ]);
    expect(effectiveTemplates(own, {})).toEqual([{ ...own[0], team: false }]);
  });
});
