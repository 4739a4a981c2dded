import { browser } from 'wxt/browser';
import { sitePattern } from './site-coverage';

/** The listed sites the browser still lets the extension into (the user may revoke access there). */
export async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const site of sites) {
    if (await browser.permissions.contains({ origins: [sitePattern(site)] })) granted.push(site);
  }
  return granted;
}
