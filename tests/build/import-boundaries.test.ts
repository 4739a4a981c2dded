import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Biome's noRestrictedImports (biome.json) checks each file's own imports; the bundle holds what
 * those files import in turn. This follows the content script's value imports to the end, so a
 * module outside utils/page and utils/detect cannot pull zod, React or the background (and with it
 * the API key) into the script that runs in every CRM page. Type-only imports are erased by the
 * build, so they are not followed.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT = 'entrypoints/crm.content/index.ts';

const IMPORT = /^(?:import|export)\s+(type\s+)?(?:([^;'"]*?)\s+from\s+)?['"]([^'"]+)['"]/gm;

interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
}

/** Every import and re-export of a file; `import { type A, type B }` counts as type-only. */
function importsOf(code: string): ImportEdge[] {
  return [...code.matchAll(IMPORT)].map(([, typeKeyword, clause = '', specifier = '']) => ({
    specifier,
    typeOnly: Boolean(typeKeyword) || allNamedTypes(clause),
  }));
}

function allNamedTypes(clause: string): boolean {
  const named = /^\{([^}]*)\}$/s.exec(clause.trim());
  if (!named?.[1]) return false;
  const names = named[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** A project file for a relative or "@/" specifier; undefined for a package. */
function resolveLocal(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  const found = candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file));
  if (!found) throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${specifier}`);
  return found;
}

/** The files and packages the entry reaches through value imports. */
function valueClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const { specifier, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
      if (typeOnly) continue;
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
      else packages.add(specifier);
    }
  }
  return { files: [...files].map((file) => path.relative(ROOT, file)), packages: [...packages] };
}

describe('the content script', () => {
  const { files, packages } = valueClosure(CONTENT_SCRIPT);

  it('reaches its own modules (the walk follows imports)', () => {
    expect(files).toContain('utils/page/page-marker.ts');
    expect(files).toContain('utils/detect/find-phone-numbers.ts');
    expect(files).toContain('utils/detect/page-detector.ts');
  });

  it('carries no phone metadata: validity is asked of the background (issue 19)', () => {
    expect(packages.filter((name) => name.startsWith('libphonenumber-js'))).toEqual([]);
    expect(files).not.toContain('utils/detect/phone-metadata.ts');
    expect(files).not.toContain('utils/detect/candidate-checker.ts');
  });

  it('carries no zod and no React', () => {
    const heavy = packages.filter((name) => /^(zod|react|react-dom)(\/|$)/.test(name));
    expect(heavy).toEqual([]);
  });

  it('carries nothing of the background: no API client, outbox, storage or key', () => {
    const background = files.filter((file) =>
      /^(utils\/(api|outbox|storage|background|balance|notifications)\/|utils\/settings\/api-key-store|entrypoints\/background\/|components\/)/.test(
        file,
      ),
    );
    expect(background).toEqual([]);
  });
});

describe('importsOf', () => {
  it('tells value imports from type-only ones', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      "import { type E, f } from './e';",
      "export { g } from './g';",
      "import './side-effect';",
      'import {\n  h,\n  type I,\n} from "./h";',
    ].join('\n');
    expect(importsOf(code)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: true },
      { specifier: './e', typeOnly: false },
      { specifier: './g', typeOnly: false },
      { specifier: './side-effect', typeOnly: false },
      { specifier: './h', typeOnly: false },
    ]);
  });
});
