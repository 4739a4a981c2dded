import { describe, expect, it } from 'vitest';
import {
  frameCovered,
  isDefaultCrm,
  NO_SITE_CHOICES,
  siteOf,
  sitePattern,
  siteStatus,
  sitesTurnedOn,
  withSiteCovered,
} from '@/utils/sites/site-coverage';

describe('siteOf', () => {
  it('keeps the scheme and host name, without port, path or query', () => {
    expect(siteOf('https://crm.example.com:8443/a/b?c=d#e')).toBe('https://crm.example.com');
    expect(siteOf('http://localhost:3000/app')).toBe('http://localhost');
    expect(siteOf('http://127.0.0.1:8080/')).toBe('http://127.0.0.1');
  });

  it('refuses what the optional host permissions cannot grant', () => {
    for (const url of [
      'http://crm.example.com/',
      'chrome://extensions',
      'file:///tmp/x.html',
      'about:blank',
      'chrome-extension://abc/popup.html',
      'not a url',
      undefined,
    ]) {
      expect(siteOf(url)).toBeUndefined();
    }
  });

  it('gives a match pattern for all the site’s pages', () => {
    expect(sitePattern('https://crm.example.com')).toBe('https://crm.example.com/*');
  });
});

describe('isDefaultCrm', () => {
  it.each([
    'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view',
    'https://acme.my.salesforce.com/0035g00000XyZab',
    'https://app.hubspot.com/contacts/123',
    'https://app-eu1.hubspot.com/contacts/123',
    'https://crm.zoho.com/crm/org1/tab/Contacts',
    'https://crm.zoho.eu/',
    'https://crm.zoho.in/',
    'https://crm.zoho.com.au/',
    'https://acme.pipedrive.com/person/1',
    'https://acme.myfreshworks.com/crm/sales/contacts/1',
    'https://acme.zendesk.com/agent/tickets/1',
  ])('knows %s', (url) => {
    expect(isDefaultCrm(url)).toBe(true);
  });

  it.each([
    'https://www.example.org/',
    'http://acme.lightning.force.com/',
    'https://hubspot.com/',
    'https://crm.zoho.co.uk/',
    'https://evil.com/?https://app.hubspot.com/',
    'https://app.hubspot.com.evil.com/',
  ])('does not count %s', (url) => {
    expect(isDefaultCrm(url)).toBe(false);
  });
});

describe('siteStatus', () => {
  it('covers a default CRM unless disabled', () => {
    const url = 'https://acme.zendesk.com/agent';
    expect(siteStatus(url, NO_SITE_CHOICES)).toEqual({
      site: 'https://acme.zendesk.com',
      isDefault: true,
      covered: true,
    });
    expect(siteStatus(url, { enabled: [], disabled: ['https://acme.zendesk.com'] })?.covered).toBe(
      false,
    );
  });

  it('covers another site only when enabled', () => {
    const url = 'https://crm.example.com/x';
    expect(siteStatus(url, NO_SITE_CHOICES)).toEqual({
      site: 'https://crm.example.com',
      isDefault: false,
      covered: false,
    });
    expect(siteStatus(url, { enabled: ['https://crm.example.com'], disabled: [] })?.covered).toBe(
      true,
    );
  });

  it('has nothing to say about pages that are not websites', () => {
    expect(siteStatus('chrome://newtab', NO_SITE_CHOICES)).toBeUndefined();
    expect(siteStatus(undefined, NO_SITE_CHOICES)).toBeUndefined();
  });
});

describe('withSiteCovered', () => {
  const other = { site: 'https://crm.example.com', isDefault: false, covered: false };
  const crm = { site: 'https://acme.zendesk.com', isDefault: true, covered: true };

  it('enables and disables another site through the enabled list', () => {
    const on = withSiteCovered(NO_SITE_CHOICES, other, true);
    expect(on).toEqual({ enabled: ['https://crm.example.com'], disabled: [] });
    expect(withSiteCovered(on, other, true)).toEqual(on);
    expect(withSiteCovered(on, other, false)).toEqual(NO_SITE_CHOICES);
  });

  it('disables and re-enables a default CRM through the disabled list', () => {
    const off = withSiteCovered(NO_SITE_CHOICES, crm, false);
    expect(off).toEqual({ enabled: [], disabled: ['https://acme.zendesk.com'] });
    expect(withSiteCovered(off, crm, false)).toEqual(off);
    expect(withSiteCovered(off, crm, true)).toEqual(NO_SITE_CHOICES);
  });
});

describe('frameCovered', () => {
  const state = { enabled: ['https://crm.example.com'], disabled: ['https://acme.zendesk.com'] };

  it('applies the site rule to the frame that asked', () => {
    expect(frameCovered({ url: 'https://acme.lightning.force.com/r/1' }, state)).toBe(true);
    expect(frameCovered({ url: 'https://acme.zendesk.com/agent' }, state)).toBe(false);
    expect(frameCovered({ url: 'https://crm.example.com/contacts' }, state)).toBe(true);
    expect(frameCovered({ url: 'https://www.example.org/' }, state)).toBe(false);
  });

  it('counts a frame without an address of its own as the origin that made it', () => {
    const srcdoc = { url: 'about:srcdoc', origin: 'https://acme.lightning.force.com' };
    expect(frameCovered(srcdoc, state)).toBe(true);
    expect(frameCovered({ url: 'about:blank', origin: 'https://acme.zendesk.com' }, state)).toBe(
      false,
    );
    expect(frameCovered({ url: 'about:blank', origin: 'null' }, state)).toBe(false);
    expect(frameCovered({}, state)).toBe(false);
  });
});

describe('sitesTurnedOn', () => {
  it('lists the sites enabled and the defaults turned back on, nothing turned off', () => {
    const previous = { enabled: ['https://a.example.com'], disabled: ['https://acme.zendesk.com'] };
    expect(
      sitesTurnedOn(previous, {
        enabled: ['https://a.example.com', 'https://b.example.com'],
        disabled: [],
      }),
    ).toEqual(['https://b.example.com', 'https://acme.zendesk.com']);
    expect(
      sitesTurnedOn(previous, { enabled: [], disabled: ['https://acme.zendesk.com'] }),
    ).toEqual([]);
  });
});
