import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
  } catch {
    throw new Error(`No ${dir}: run "npm run build" first.`);
  }
}

/**
 * The content script is parsed in every frame of every CRM page: it carries the cheap finder and
 * the marking, not the phone metadata (validity is the background's: issue 19). A size, not a time:
 * what the build produces.
 */
const MAX_CONTENT_SCRIPT_GZIP_BYTES = 25 * 1024;

// zod probes whether eval is allowed with an empty `Function("")` inside try/catch; Manifest V3's
// content security policy refuses it and zod falls back. No other use of Function is allowed.
const ZOD_EVAL_PROBE = 'try{return Function(``),!0}catch{return!1}';

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const files = filesUnder(`.output/${target}`);
  const scripts = files.filter((file) => file.endsWith('.js'));
  const pages = files.filter((file) => file.endsWith('.html'));

  it('runs no code made from strings', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8').replaceAll(ZOD_EVAL_PROBE, '');
      expect(code, file).not.toMatch(/\beval\s*\(/);
      expect(code, file).not.toMatch(/\bFunction\s*\(/);
      expect(code, file).not.toMatch(/setTimeout\s*\(\s*["'`]/);
    }
  });

  it('loads no remote code', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/importScripts\s*\(/);
    }
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script[^>]+src=["']?https?:/i);
      expect(html, file).not.toMatch(/<link[^>]+href=["']?https?:/i);
    }
  });

  it('keeps HTML parsing out of the content script, which handles page text', () => {
    const contentScripts = scripts.filter((file) => file.includes('content-scripts'));
    expect(contentScripts.length).toBeGreaterThan(0);
    for (const file of contentScripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/,
      );
    }
  });

  it('ships a content script of at most 25 KB gzipped, with no phone metadata in it', () => {
    const contentScripts = scripts.filter((file) => file.includes('content-scripts'));
    expect(contentScripts.length).toBeGreaterThan(0);
    for (const file of contentScripts) {
      const code = readFileSync(file);
      expect(gzipSync(code, { level: 9 }).byteLength, file).toBeLessThanOrEqual(
        MAX_CONTENT_SCRIPT_GZIP_BYTES,
      );
      // libphonenumber's metadata names every country's calling code and formats.
      expect(code.toString('utf8'), file).not.toMatch(/country_calling_codes|PH:\[`63`/);
    }
  });

  it('keeps the time-zone data out of the content script: only Send and the composer need it', () => {
    // A group of the area-code table (utils/consent/zone-prefixes.json) and a countries-and-timezones zone.
    const zoneData = /America\/Boise America\/Los_Angeles|Pacific\/Honolulu/;
    const background = scripts.find((file) => path.basename(file) === 'background.js');
    expect(background && readFileSync(background, 'utf8')).toMatch(zoneData);
    for (const file of scripts.filter((name) => name.includes('content-scripts'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(zoneData);
    }
  });
});
