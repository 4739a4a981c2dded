import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where Debian's Chromium reads mandatory policies on Linux (every *.json file, merged). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an unpacked extension without a `key` in its manifest: the SHA-256 of its
 * absolute folder path, first 32 hex digits written with the letters a–p. Each worktree's build has
 * its own id, so a policy written for it reaches no other engineer's browser.
 */
export function unpackedExtensionId(folder: string): string {
  const hex = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** One policy file for one extension; written atomically so Chromium never reads half of it. */
export type PolicyFile = {
  path: string;
  write(settings: Record<string, unknown>): void;
  remove(): void;
};

export function policyFile(name: string, extensionId: string): PolicyFile {
  const file = path.join(CHROMIUM_POLICY_DIR, `${name}.json`);
  return {
    path: file,
    write(settings) {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      const body = { '3rdparty': { extensions: { [extensionId]: settings } } };
      // A dot-file is not *.json, so Chromium skips it until the rename.
      const partial = path.join(CHROMIUM_POLICY_DIR, `.${name}.partial`);
      writeFileSync(partial, JSON.stringify(body, null, 2));
      renameSync(partial, file);
    },
    remove() {
      rmSync(file, { force: true });
    },
  };
}
