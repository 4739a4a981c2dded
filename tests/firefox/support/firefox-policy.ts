import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GECKO_ID } from './firefox';

/**
 * Debian's firefox-esr reads enterprise policies from /etc/firefox/policies/policies.json if it
 * exists (its SysConfD), else from its distribution folder (both tested; /etc/firefox-esr is not
 * read). A custom path (browser.policies.alternatePath) is honoured only by Nightly or automation
 * builds. So the file is the machine's own: written just before one browser starts and removed as
 * soon as it has started (Firefox reads policies once, at start). FIREFOX_POLICIES_FILE picks the
 * other location.
 */
export const FIREFOX_POLICIES_FILE =
  process.env.FIREFOX_POLICIES_FILE ?? '/usr/lib/firefox-esr/distribution/policies.json';

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
