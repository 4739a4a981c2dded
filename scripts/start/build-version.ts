import { readFileSync } from 'node:fs';

const MANIFESTS = {
  Chrome: '.output/chrome-mv3/manifest.json',
  Firefox: '.output/firefox-mv3/manifest.json',
};

function readVersion(file: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const version = (parsed as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The version in package.json, after checking that the build wrote it into both manifests (WXT
 * copies package.json's "version" into manifest.json at every build).
 */
export function checkBuiltVersion(): string {
  const expected = readVersion('package.json');
  if (!expected) throw new Error('package.json has no "version".');
  for (const [browser, file] of Object.entries(MANIFESTS)) {
    const built = readVersion(file);
    if (built === undefined)
      throw new Error(`There is no ${browser} build (${file}): run "npm run build" first.`);
    if (built !== expected)
      throw new Error(
        `The ${browser} build is version ${built}, package.json says ${expected}: run "npm run build".`,
      );
  }
  return expected;
}
