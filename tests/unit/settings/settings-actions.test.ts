import { describe, expect, it, vi } from 'vitest';
import {
  type SaveDeps,
  saveSettingsForm,
  type TestDeps,
  testSettingsForm,
} from '@/components/options/settings-actions';
import type { SettingsFormInput } from '@/utils/settings/settings-form';

const GOOD: SettingsFormInput = {
  apiKey: 'sandbox-key',
  hasSavedKey: false,
  orgId: '1234',
  senderId: '',
  defaultCountry: 'PH',
  recipientMode: 'contact',
  apiUrl: 'https://api.engagespark.com',
  paceLimitPerMinute: 5,
  quietHoursOn: true,
  quietStart: '08:00',
  quietEnd: '21:00',
};
const SANDBOX: SettingsFormInput = { ...GOOD, apiUrl: 'http://127.0.0.1:8787' };

function saveDeps(granted = true): SaveDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    requestHostAccess: vi.fn(async (pattern: string, origin: string, action: string) => {
      calls.push(`request ${pattern}`);
      return granted
        ? { granted: true as const }
        : { granted: false as const, reason: `refused ${origin} ${action}` };
    }),
    saveApiKey: vi.fn(async () => {
      calls.push('saveApiKey');
    }),
    saveSettings: vi.fn(async () => {
      calls.push('saveSettings');
    }),
  };
}

describe('saveSettingsForm', () => {
  it('saves the key, then the settings', async () => {
    const deps = saveDeps();
    const outcome = await saveSettingsForm(GOOD, deps);
    expect(outcome).toMatchObject({ kind: 'saved', newKeyMask: '•••• -key', notices: [] });
    expect(deps.calls).toEqual(['saveApiKey', 'saveSettings']);
    expect(deps.saveApiKey).toHaveBeenCalledWith('sandbox-key');
  });

  it('keeps the saved key when none was typed', async () => {
    const deps = saveDeps();
    const outcome = await saveSettingsForm({ ...GOOD, apiKey: '', hasSavedKey: true }, deps);
    expect(outcome).toMatchObject({ kind: 'saved', newKeyMask: undefined });
    expect(deps.calls).toEqual(['saveSettings']);
  });

  it('stores nothing at all when one field is bad', async () => {
    const deps = saveDeps();
    const outcome = await saveSettingsForm({ ...SANDBOX, orgId: 'abc' }, deps);
    expect(outcome).toEqual({ kind: 'invalid', errors: { orgId: expect.any(String) } });
    expect(deps.calls).toEqual([]);
  });

  it('asks for a custom server synchronously, before anything else is awaited', () => {
    const deps = saveDeps();
    void saveSettingsForm(SANDBOX, deps);
    expect(deps.requestHostAccess).toHaveBeenCalledWith(
      'http://127.0.0.1/*',
      'http://127.0.0.1:8787',
      'Save',
    );
  });

  it('does not ask for the engageSPARK API, which the manifest already grants', async () => {
    const deps = saveDeps();
    await saveSettingsForm(GOOD, deps);
    expect(deps.requestHostAccess).not.toHaveBeenCalled();
  });

  it('saves nothing when the user refuses the server', async () => {
    const deps = saveDeps(false);
    const outcome = await saveSettingsForm(SANDBOX, deps);
    expect(outcome).toEqual({ kind: 'refused', message: 'refused http://127.0.0.1:8787 Save' });
    expect(deps.calls).toEqual(['request http://127.0.0.1/*']);
  });

  it('passes on notices', async () => {
    const outcome = await saveSettingsForm({ ...GOOD, apiKey: ' sandbox-key ' }, saveDeps());
    expect(outcome).toMatchObject({
      notices: ['Removed spaces and line breaks around the API key.'],
    });
  });

  it('turns a storage failure into words', async () => {
    const deps = saveDeps();
    deps.saveSettings = vi.fn().mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveSettingsForm(GOOD, deps)).toEqual({
      kind: 'failed',
      message: 'Not saved: QUOTA_BYTES quota exceeded',
    });
  });
});

function testDeps(granted = true): TestDeps {
  return {
    requestHostAccess: vi.fn(async () =>
      granted ? { granted: true as const } : { granted: false as const, reason: 'no access' },
    ),
    testConnection: vi.fn(async () => ({
      ok: true as const,
      balanceMicro: 10_000_000,
      display: '$10.00',
    })),
  };
}

describe('testSettingsForm', () => {
  it('asks the background with the typed key', async () => {
    const deps = testDeps();
    expect(await testSettingsForm(SANDBOX, deps)).toEqual({
      kind: 'result',
      result: { ok: true, balanceMicro: 10_000_000, display: '$10.00' },
    });
    expect(deps.requestHostAccess).toHaveBeenCalledWith(
      'http://127.0.0.1/*',
      'http://127.0.0.1:8787',
      'Test connection',
    );
    expect(deps.testConnection).toHaveBeenCalledWith({
      apiUrl: 'http://127.0.0.1:8787',
      orgId: 1234,
      apiKey: 'sandbox-key',
    });
  });

  it('leaves the key out so the background uses the saved one', async () => {
    const deps = testDeps();
    await testSettingsForm({ ...GOOD, apiKey: '', hasSavedKey: true }, deps);
    expect(deps.testConnection).toHaveBeenCalledWith({
      apiUrl: 'https://api.engagespark.com',
      orgId: 1234,
      apiKey: undefined,
    });
  });

  it('does not call the server with bad values', async () => {
    const deps = testDeps();
    expect(await testSettingsForm({ ...GOOD, apiKey: '' }, deps)).toMatchObject({
      kind: 'invalid',
    });
    expect(deps.testConnection).not.toHaveBeenCalled();
  });

  it('does not call a server it may not reach', async () => {
    const deps = testDeps(false);
    expect(await testSettingsForm(SANDBOX, deps)).toEqual({
      kind: 'refused',
      message: 'no access',
    });
    expect(deps.testConnection).not.toHaveBeenCalled();
  });

  it('turns a dead background into a plain-words problem', async () => {
    const deps = testDeps();
    deps.testConnection = vi.fn().mockRejectedValue(new Error('The extension did not answer.'));
    expect(await testSettingsForm(GOOD, deps)).toEqual({
      kind: 'result',
      result: {
        ok: false,
        title: 'The connection could not be tested',
        detail: 'The extension did not answer.',
      },
    });
  });
});
