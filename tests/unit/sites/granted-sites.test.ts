import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { grantedSites } from '@/utils/sites/granted-sites';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('grantedSites', () => {
  it('keeps the sites the browser still grants, asking about each site’s pattern', async () => {
    const contains = vi
      .spyOn(fakeBrowser.permissions, 'contains')
      .mockImplementation(async ({ origins }) => origins?.[0] === 'https://crm.example.com/*');
    expect(await grantedSites(['https://crm.example.com', 'https://revoked.example.com'])).toEqual([
      'https://crm.example.com',
    ]);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://revoked.example.com/*'] });
  });

  it('asks nothing for no sites', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains');
    expect(await grantedSites([])).toEqual([]);
    expect(contains).not.toHaveBeenCalled();
  });
});
