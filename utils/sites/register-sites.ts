import type { Browser } from 'wxt/browser';
import { type SitesState, sitePattern } from './site-coverage';

/** Where WXT writes the content script entrypoints/crm.content. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/crm.js';
const USER_SITES_SCRIPT_ID = 'crm-user-sites';
/**
 * Versions up to 0.1.0 registered the default CRMs here too; they are in the manifest now, and a
 * registration an update left behind is removed (the id stays listed for that).
 */
const LEGACY_DEFAULTS_SCRIPT_ID = 'crm-defaults';
const SCRIPT_IDS = [USER_SITES_SCRIPT_ID, LEGACY_DEFAULTS_SCRIPT_ID];

export type ContentScript = Browser.scripting.RegisteredContentScript;
export type ScriptingApi = Pick<
  typeof Browser.scripting,
  'getRegisteredContentScripts' | 'registerContentScripts' | 'unregisterContentScripts'
>;

/**
 * The content script for the sites the user enabled and the browser still grants access to (a
 * site whose permission was revoked in the browser's settings stays listed, and returns when
 * access is granted again). The default CRMs are not registered here: the manifest declares
 * them, so the browser knows them before this worker first runs (at install, and at every
 * browser start), and the content script asks the background whether its site is switched off.
 * One entry per concern, so options added later (matchAboutBlank for srcdoc frames) go in
 * `common`.
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
  const enabled = state.enabled.filter((site) => grantedSites.includes(site));
  if (enabled.length === 0) return [];
  return [{ id: USER_SITES_SCRIPT_ID, matches: enabled.map(sitePattern), ...common }];
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
  if (planned.length > 0) await api.registerContentScripts(planned);
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
