import { MatchPattern } from 'wxt/utils/match-patterns';
import { CRM_MATCH_PATTERNS } from './crm-sites';

/** The sites the user turned on (beyond the defaults) and the defaults they turned off. */
export type SitesState = { enabled: string[]; disabled: string[] };

export const NO_SITE_CHOICES: SitesState = { enabled: [], disabled: [] };

/** What the popup shows for a tab: its site, whether it is a default CRM, whether it is marked. */
export type SiteStatus = { site: string; isDefault: boolean; covered: boolean };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const DEFAULT_PATTERNS = CRM_MATCH_PATTERNS.map((pattern) => new MatchPattern(pattern));

/**
 * A page's site, "https://crm.example.com": scheme and host name without the port, as match
 * patterns have no port. Only what the manifest's optional host permissions can grant: any HTTPS
 * host, and plain HTTP on this machine.
 */
export function siteOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  if (!hostname) return undefined;
  if (protocol === 'https:' || (protocol === 'http:' && LOCAL_HOSTS.has(hostname))) {
    return `${protocol}//${hostname}`;
  }
  return undefined;
}

/** The match pattern for every page of a site: "https://crm.example.com/*". */
export function sitePattern(site: string): string {
  return `${site}/*`;
}

export function isDefaultCrm(url: string): boolean {
  return DEFAULT_PATTERNS.some((pattern) => pattern.includes(url));
}

/** Whether the content script runs on `url` given the user's choices; undefined for other schemes. */
export function siteStatus(url: string | undefined, state: SitesState): SiteStatus | undefined {
  const site = url && siteOf(url);
  if (!url || !site) return undefined;
  const isDefault = isDefaultCrm(url);
  const covered = isDefault ? !state.disabled.includes(site) : state.enabled.includes(site);
  return { site, isDefault, covered };
}

/** Where a message came from, as the browser reports it (runtime.MessageSender). */
export type FrameAddress = { url?: string; origin?: string };

/**
 * Whether the content script in this frame should show buttons: the same rule as `siteStatus`,
 * for the frame that asked. A frame without a web address of its own (about:srcdoc, about:blank)
 * counts as its origin, the page that made it.
 */
export function frameCovered(frame: FrameAddress, state: SitesState): boolean {
  const url = siteOf(frame.url) ? frame.url : frame.origin && `${frame.origin}/`;
  return siteStatus(url, state)?.covered ?? false;
}

/** The sites whose pages get buttons under `next` and did not under `previous`. */
export function sitesTurnedOn(previous: SitesState, next: SitesState): string[] {
  const enabled = next.enabled.filter((site) => !previous.enabled.includes(site));
  const reenabled = previous.disabled.filter((site) => !next.disabled.includes(site));
  return [...new Set([...enabled, ...reenabled])];
}

/** The choices after turning a site on or off; a default site is turned off by listing it. */
export function withSiteCovered(
  state: SitesState,
  status: SiteStatus,
  covered: boolean,
): SitesState {
  const without = (list: string[]): string[] => list.filter((site) => site !== status.site);
  if (status.isDefault) {
    return {
      ...state,
      disabled: covered ? without(state.disabled) : [...without(state.disabled), status.site],
    };
  }
  return {
    ...state,
    enabled: covered ? [...without(state.enabled), status.site] : without(state.enabled),
  };
}
