// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteList } from '@/components/sites/site-list';
import { sendMessage } from '@/utils/messaging/send-message';
import { saveSites } from '@/utils/sites/sites-store';

vi.mock('@/utils/messaging/send-message', () => ({ sendMessage: vi.fn() }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockResolvedValue({
    view: {
      hasApiKey: true,
      enabledSites: ['https://crm.team.example'],
      disabledSites: ['https://acme.zendesk.com'],
    },
    warnings: [],
  });
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

it("lists the organization's sites apart, and leaves them out of the user's own lists", async () => {
  await saveSites({
    enabled: ['https://crm.team.example', 'https://mine.example'],
    disabled: ['https://acme.zendesk.com'],
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<SiteList />));
  await vi.waitFor(() =>
    expect(container.querySelector('[aria-label="Sites set by your organization"]')).not.toBeNull(),
  );
  const byOrganization = container.querySelector('[aria-label="Sites set by your organization"]');
  expect(byOrganization?.textContent).toBe('https://crm.team.exampleonhttps://acme.zendesk.comoff');
  expect(byOrganization?.querySelectorAll('button')).toHaveLength(0);
  await vi.waitFor(() => expect(container.textContent).toContain('https://mine.example'));
  const removable = [...container.querySelectorAll('button')].map((button) => button.textContent);
  expect(removable).toContain('Remove https://mine.example');
  expect(removable.some((text) => text?.includes('crm.team.example'))).toBe(false);
  expect(removable.some((text) => text?.includes('acme.zendesk.com'))).toBe(false);
});
