import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GECKO_ID } from './firefox';

/**
 * Debian's firefox-esr reads enterprise policies from its distribution folder (XREAppDist); the
 * /etc/firefox/policies path is read only by builds with MOZ_SYSTEM_POLICIES, and a custom path
 * (browser.policies.alternatePath) only by Nightly or automation builds. So the file is the
 * machine's own: written just before one browser starts, removed as soon as that test ends.
 */
export const FIREFOX_POLICIES_FILE = '/usr/lib/firefox-esr/distribution/policies.json';

export type FirefoxPolicy = { remove(): void };

export function writeFirefoxPolicy(settings: Record<string, unknown>): FirefoxPolicy {
  // Never overwrite a policy someone else put there: fail instead.
  if (existsSync(FIREFOX_POLICIES_FILE)) {
    throw new Error(`${FIREFOX_POLICIES_FILE} already exists; not overwriting it.`);
  }
  mkdirSync(path.dirname(FIREFOX_POLICIES_FILE), { recursive: true });
  const body = { policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } };
  writeFileSync(FIREFOX_POLICIES_FILE, JSON.stringify(body, null, 2), { flag: 'wx' });
  return { remove: () => rmSync(FIREFOX_POLICIES_FILE, { force: true }) };
}
