// Mozilla's add-on linter (web-ext lint) on the Firefox build: fails on errors, lists warnings.
// Run after `npm run build`: npx tsx scripts/lint-firefox.ts
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

type Finding = { code: string; message: string; file?: string; line?: number };
type LintReport = { errors: Finding[]; warnings: Finding[]; notices: Finding[] };

const SOURCE_DIR = '.output/firefox-mv3';
const WEB_EXT = path.resolve('node_modules/.bin/web-ext');

if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`No ${SOURCE_DIR}/manifest.json: run "npm run build" first.`);
  process.exit(1);
}

// The linter exits 1 when it finds errors; its JSON report is on stdout either way.
const { stdout } = await promisify(execFile)(
  WEB_EXT,
  ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery', '--boring'],
  { maxBuffer: 16 * 1024 * 1024 },
).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));

let report: LintReport;
try {
  report = JSON.parse(stdout) as LintReport;
} catch {
  console.error(`web-ext lint gave no report:\n${stdout}`);
  process.exit(1);
}

const where = (finding: Finding): string =>
  finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : '';
for (const [kind, findings] of Object.entries(report) as [keyof LintReport, Finding[]][]) {
  if (!Array.isArray(findings)) continue;
  for (const finding of findings) {
    console.log(`${kind.slice(0, -1)}: ${finding.code} ${finding.message}${where(finding)}`);
  }
}
console.log(
  `web-ext lint ${SOURCE_DIR}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices.`,
);
process.exit(report.errors.length > 0 ? 1 : 0);
