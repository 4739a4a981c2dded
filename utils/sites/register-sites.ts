import type { Browser } from 'wxt/browser';
import { CRM_MATCH_PATTERNS } from './crm-sites';
import { type SitesState, sitePattern } from './site-coverage';

/** Where WXT writes the content script entrypoints/crm.content. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/crm.js';
export const DEFAULTS_SCRIPT_ID = 'crm-defaults';
export const USER_SITES_SCRIPT_ID = 'crm-user-sites';
const SCRIPT_IDS = [DEFAULTS_SCRIPT_ID, USER_SITES_SCRIPT_ID];

export type ContentScript = Browser.scripting.RegisteredContentScript;
export type ScriptingApi = Pick<
  typeof Browser.scripting,
  'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
>;

/**
 * The content scripts the user's choices call for: the default CRMs minus the disabled ones, and
 * the enabled sites the browser still grants access to (a site whose permission was revoked in
 * the browser's settings stays listed, and returns when access is granted again).
 */
export function plannedScripts(
  state: SitesState,
  grantedSites: readonly string[],
): ContentScript[] {
  const common = {
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    // about:srcdoc and about:blank frames of the CRM's own pages (an inbox's e-mail bodies).
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  } satisfies Partial<ContentScript>;
  const scripts: ContentScript[] = [
    {
      id: DEFAULTS_SCRIPT_ID,
      matches: [...CRM_MATCH_PATTERNS],
      ...(state.disabled.length > 0 && { excludeMatches: state.disabled.map(sitePattern) }),
      ...common,
    },
  ];
  const enabled = state.enabled.filter((site) => grantedSites.includes(site));
  if (enabled.length > 0)
    scripts.push({ id: USER_SITES_SCRIPT_ID, matches: enabled.map(sitePattern), ...common });
  return scripts;
}

/**
 * Makes the registered scripts match the plan. Nothing is touched when they already do (every
 * worker start calls this); otherwise ours are unregistered and registered anew, which is simpler
 * and safer across browsers than partial updates.
 */
export async function syncContentScripts(
  planned: ContentScript[],
  api: ScriptingApi,
): Promise<boolean> {
  const existing = await api.getRegisteredContentScripts({ ids: SCRIPT_IDS });
  if (sameScripts(existing, planned)) return false;
  if (existing.length > 0)
    await api.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  await api.registerContentScripts(planned);
  return true;
}

function sameScripts(existing: ContentScript[], planned: ContentScript[]): boolean {
  if (existing.length !== planned.length) return false;
  return planned.every((script) => {
    const other = existing.find((candidate) => candidate.id === script.id);
    return (
      other !== undefined &&
      sameList(other.matches, script.matches) &&
      sameList(other.excludeMatches, script.excludeMatches) &&
      sameList(other.js, script.js) &&
      Boolean(other.allFrames) === Boolean(script.allFrames) &&
      Boolean(other.matchOriginAsFallback) === Boolean(script.matchOriginAsFallback)
    );
  });
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = [...(a ?? [])].sort();
  const right = [...(b ?? [])].sort();
  return left.length === right.length && left.every((item, index) => item === right[index]);
}
