// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteList } from '@/components/sites/site-list';
import { SiteToggle } from '@/components/sites/site-toggle';
import { loadSites, saveSites } from '@/utils/sites/sites-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;

async function render(element: React.ReactElement): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(element));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

function button(name: RegExp): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) =>
    name.test(candidate.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}: ${container.innerHTML}`);
  return found;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  act(() => root?.unmount());
  container.remove();
});

describe('SiteToggle', () => {
  it('offers to enable another site and asks for access inside the click', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await render(<SiteToggle tab={{ id: 4, url: 'https://crm.example.com/contacts/1' }} />);
    expect(container.textContent).toContain('crm.example.com: send buttons are off');
    await act(async () => button(/Enable on this site/).click());
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await loadSites()).toEqual({ enabled: ['https://crm.example.com'], disabled: [] });
    expect(container.textContent).toContain('Disable on this site');
  });

  it('offers to disable a default CRM, which needs no permission', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await render(
      <SiteToggle tab={{ id: 4, url: 'https://acme.lightning.force.com/lightning/page/home' }} />,
    );
    expect(container.textContent).toContain('send buttons are on (a supported CRM)');
    await act(async () => button(/Disable on this site/).click());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(request).not.toHaveBeenCalled();
    expect(await loadSites()).toEqual({
      enabled: [],
      disabled: ['https://acme.lightning.force.com'],
    });
    expect(container.textContent).toContain('Send buttons are off for acme.lightning.force.com.');
  });

  it('says so on pages that are not websites', async () => {
    await render(<SiteToggle tab={{ id: 1, url: 'chrome://extensions/' }} />);
    expect(container.textContent).toContain('Send buttons work on websites only.');
    expect(container.querySelector('button')).toBeNull();
  });
});

describe('SiteList', () => {
  it('lists the default CRMs, the disabled ones and the enabled sites', async () => {
    await saveSites({
      enabled: ['https://crm.example.com'],
      disabled: ['https://acme.zendesk.com'],
    });
    await render(<SiteList />);
    expect(container.textContent).toContain('Salesforce (Lightning and Classic)');
    expect(container.textContent).toContain('https://acme.zendesk.com');
    expect(container.textContent).toContain('https://crm.example.com');
    await act(async () => button(/Remove/).click());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await loadSites()).toEqual({ enabled: [], disabled: ['https://acme.zendesk.com'] });
  });

  it('refuses an address that is not an HTTPS site, without asking for anything', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await render(<SiteList />);
    const input = container.querySelector('input') as HTMLInputElement;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(input, 'ftp://files.example.com');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button(/^Add$/).click());
    expect(request).not.toHaveBeenCalled();
    expect(container.textContent).toContain('HTTPS only');
  });
});
