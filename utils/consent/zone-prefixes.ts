import table from './zone-prefixes.json';

/**
 * The zones of a number's longest known prefix, for calling codes whose countries span several
 * zones (area codes: New York 212, Honolulu 808, Perth 08 9…), from Google libphonenumber's
 * prefix-to-zone data. The table is generated at development time (`npm run
 * generate:zone-prefixes`, scripts/zone-prefixes-source.ts) because the library that ships the
 * data reads it with Node's `fs`; a unit test rebuilds it so it stays true when the library
 * updates. Undefined when no prefix is known: the caller falls back to the country's zones.
 */
export function zonesOfPrefix(digits: string): readonly string[] | undefined {
  const byPrefix = prefixMap();
  for (let length = digits.length; length > 0; length -= 1) {
    const zones = byPrefix.get(digits.slice(0, length));
    if (zones) return zones;
  }
  return undefined;
}

let cached: Map<string, readonly string[]> | undefined;

/** Built on first use: the table is kept by zone group, a send needs it by prefix. */
function prefixMap(): Map<string, readonly string[]> {
  if (cached) return cached;
  cached = new Map();
  for (const [group, prefixes] of Object.entries(table.prefixes as Record<string, string>)) {
    const zones = Object.freeze(group.split(' '));
    for (const prefix of prefixes.split(' ')) cached.set(prefix, zones);
  }
  return cached;
}
