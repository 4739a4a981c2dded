import { existsSync } from 'node:fs';

/**
 * Chromium builds that still load an unpacked extension from the command line. Google Chrome's
 * branded builds ignore --load-extension since version 137, so they are not on the list.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium to drive: CHROMIUM_PATH when set, else the first one installed. */
export function findChromium(env: Record<string, string | undefined>): string {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (existsSync(given)) return given;
    throw new Error(`CHROMIUM_PATH is ${given}, but there is no browser there.`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: ' +
      'brew install --cask chromium), or set CHROMIUM_PATH to a Chromium or Chrome for Testing ' +
      'binary. Google Chrome itself no longer loads extensions from the command line.',
  );
}
