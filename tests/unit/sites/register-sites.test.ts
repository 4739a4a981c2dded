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

const USER_SITES = { enabled: ['https://crm.example.com'], disabled: [] };

describe('plannedScripts', () => {
  it('registers nothing while the user enabled no site (the defaults are in the manifest)', () => {
    expect(plannedScripts(NO_SITE_CHOICES, [])).toEqual([]);
    expect(plannedScripts({ enabled: [], disabled: ['https://acme.zendesk.com'] }, [])).toEqual([]);
  });

  it('registers the enabled sites the browser grants, and only those, in all frames', () => {
    const scripts = plannedScripts(
      { enabled: ['https://crm.example.com', 'https://revoked.example.com'], disabled: [] },
      ['https://crm.example.com'],
    );
    expect(scripts).toEqual([
      {
        id: 'crm-user-sites',
        matches: ['https://crm.example.com/*'],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
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
  const planned = plannedScripts(USER_SITES, ['https://crm.example.com']);

  it('registers the plan when nothing is registered', async () => {
    const api = fakeScripting([]);
    expect(await syncContentScripts(planned, api)).toBe(true);
    expect(api.unregisterContentScripts).not.toHaveBeenCalled();
    expect(api.registerContentScripts).toHaveBeenCalledWith(planned);
  });

  it('touches nothing when the registered scripts already match (in any order)', async () => {
    const [script] = planned;
    if (!script) throw new Error('no plan');
    const same = {
      ...script,
      matches: [...(script.matches ?? [])].reverse(),
      world: 'ISOLATED',
    } as ContentScript;
    const api = fakeScripting([same]);
    expect(await syncContentScripts(planned, api)).toBe(false);
    expect(api.registerContentScripts).not.toHaveBeenCalled();
  });

  it('replaces registered scripts that differ from the plan', async () => {
    const api = fakeScripting([
      { id: 'crm-user-sites', matches: ['https://old.example.com/*'], js: [CONTENT_SCRIPT_FILE] },
    ]);
    expect(await syncContentScripts(planned, api)).toBe(true);
    expect(api.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['crm-user-sites'] });
    expect(api.registerContentScripts).toHaveBeenCalledWith(planned);
  });

  it('removes the default-CRM registration an update from 0.1.0 left behind', async () => {
    const api = fakeScripting([
      { id: 'crm-defaults', matches: [...CRM_MATCH_PATTERNS], js: [CONTENT_SCRIPT_FILE] },
    ]);
    expect(await syncContentScripts([], api)).toBe(true);
    expect(api.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['crm-defaults'] });
    expect(api.registerContentScripts).not.toHaveBeenCalled();
  });

  it('registers again a script from before srcdoc frames were matched', async () => {
    const [defaults] = planned;
    if (!defaults) throw new Error('no plan');
    const api = fakeScripting([{ ...defaults, matchOriginAsFallback: false }]);
    expect(await syncContentScripts(planned, api)).toBe(true);
    expect(api.registerContentScripts).toHaveBeenCalledWith(planned);
  });
});
