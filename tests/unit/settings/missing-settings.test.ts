import { describe, expect, it } from 'vitest';
import { describeFailure, describeMissing } from '@/utils/failure/describe-failure';
import { findMissingSettings } from '@/utils/settings/missing-settings';

describe('findMissingSettings', () => {
  it('names the key and the organization when they are missing, in that order', () => {
    expect(findMissingSettings({ orgId: null }, false)).toEqual(['api-key', 'org-id']);
    expect(findMissingSettings({ orgId: 1234 }, false)).toEqual(['api-key']);
    expect(findMissingSettings({ orgId: null }, true)).toEqual(['org-id']);
    expect(findMissingSettings({ orgId: 1234 }, true)).toEqual([]);
  });

  it('is worded the same by the composer and by a stored failure', () => {
    const missing = findMissingSettings({ orgId: null }, false);
    expect(describeMissing(missing)).toBe('your API key and your organization ID');
    expect(describeFailure({ kind: 'settings-missing', missing }).line).toBe(
      `Add ${describeMissing(missing)} in Settings.`,
    );
  });
});
