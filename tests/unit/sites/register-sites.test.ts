import { describe, expect, it, vi } from 'vitest';
import { CRM_MATCH_PATTERNS } from '@/utils/sites/crm-sites';
import {
  CONTENT_SCRIPT_FILE,
  type ContentScript,
  plannedScripts,
  type ScriptingApi,
  syncContentScripts,
} from '@/utils/sites/register-sites';
import { NO_SITE_CHOICES } from '@/utils/sites/site-coverage';

describe('plannedScripts', () => {
  it('registers the default CRMs in all frames, srcdoc e-mail bodies too, when nothing was chosen', () => {
    expect(plannedScripts(NO_SITE_CHOICES, [])).toEqual([
      {
        id: 'crm-defaults',
        matches: [...CRM_MATCH_PATTERNS],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('excludes the default CRMs the user disabled', () => {
    const [defaults] = plannedScripts({ enabled: [], disabled: ['https://acme.zendesk.com'] }, []);
    expect(defaults?.excludeMatches).toEqual(['https://acme.zendesk.com/*']);
  });

  it('adds the enabled sites the browser grants, and only those', () => {
    const scripts = plannedScripts(
      { enabled: ['https://crm.example.com', 'https://revoked.example.com'], disabled: [] },
      ['https://crm.example.com'],
    );
    expect(scripts[1]).toMatchObject({
      id: 'crm-user-sites',
      matches: ['https://crm.example.com/*'],
      allFrames: true,
    });
    expect(scripts).toHaveLength(2);
  });
});

function fakeScripting(registered: ContentScript[]) {
  const api = {
    getRegisteredContentScripts: vi.fn(async () => registered),
    registerContentScripts: vi.fn(async (_scripts: ContentScript[]) => undefined),
    unregisterContentScripts: vi.fn(async (_filter?: { ids?: string[] }) => undefined),
  };
  return api as typeof api & ScriptingApi;
}

describe('syncContentScripts', () => {
  const planned = plannedScripts(NO_SITE_CHOICES, []);

  it('registers the plan when nothing is registered', async () => {
    const api = fakeScripting([]);
    expect(await syncContentScripts(planned, api)).toBe(true);
    expect(api.unregisterContentScripts).not.toHaveBeenCalled();
    expect(api.registerContentScripts).toHaveBeenCalledWith(planned);
  });

  it('touches nothing when the registered scripts already match (in any order)', async () => {
    const [defaults] = planned;
    if (!defaults) throw new Error('no plan');
    const same = {
      ...defaults,
      matches: [...(defaults.matches ?? [])].reverse(),
      world: 'ISOLATED',
    } as ContentScript;
    const api = fakeScripting([same]);
    expect(await syncContentScripts(planned, api)).toBe(false);
    expect(api.registerContentScripts).not.toHaveBeenCalled();
  });

  it('replaces registered scripts that differ from the plan', async () => {
    const api = fakeScripting([
      { id: 'crm-defaults', matches: ['https://old.example.com/*'], js: [CONTENT_SCRIPT_FILE] },
    ]);
    const next = plannedScripts({ enabled: [], disabled: ['https://acme.zendesk.com'] }, []);
    expect(await syncContentScripts(next, api)).toBe(true);
    expect(api.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['crm-defaults'] });
    expect(api.registerContentScripts).toHaveBeenCalledWith(next);
  });

  it('registers again a script from before srcdoc frames were matched', async () => {
    const [defaults] = planned;
    if (!defaults) throw new Error('no plan');
    const api = fakeScripting([{ ...defaults, matchOriginAsFallback: false }]);
    expect(await syncContentScripts(planned, api)).toBe(true);
    expect(api.registerContentScripts).toHaveBeenCalledWith(planned);
  });
});
