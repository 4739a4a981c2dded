import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { MetadataJson } from 'libphonenumber-js/core';
import max from 'libphonenumber-js/max/metadata';
import min from 'libphonenumber-js/min/metadata';
import mobile from 'libphonenumber-js/mobile/metadata';
import numbers from '../tests/unit/detect/corpus/phone-numbers.json';
import traps from '../tests/unit/detect/corpus/traps.json';
import { createPhoneFinder } from '../utils/detect/find-phone-numbers';
import { createPhoneValidator, toCountryCode } from '../utils/detect/phone-validity';

export type MetadataFigures = {
  name: string;
  rawKb: number;
  gzipKb: number;
  numbersFound: string;
  trapsMarked: string;
  /** Random 7-12 digit strings (ids without a label) taken for valid numbers, default country PH. */
  bareIdsValid: string;
};

const VARIANTS: { name: string; path: string; metadata: MetadataJson }[] = [
  { name: 'min', path: 'libphonenumber-js/min/metadata', metadata: min as MetadataJson },
  { name: 'mobile', path: 'libphonenumber-js/mobile/metadata', metadata: mobile as MetadataJson },
  { name: 'max', path: 'libphonenumber-js/max/metadata', metadata: max as MetadataJson },
];

/** The detection code alone, bundled and minified with each metadata set. */
async function detectionBundleSize(metadataPath: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: {
      contents: `import metadata from '${metadataPath}';
        import { createPhoneFinder } from './utils/detect/find-phone-numbers';
        import { readPhoneHref } from './utils/detect/phone-href';
        import { createPhoneValidator } from './utils/detect/phone-validity';
        const validate = createPhoneValidator(metadata);
        globalThis.detect = [createPhoneFinder(validate), (href) => readPhoneHref(href, 'PH', validate)];`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
  });
  const text = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: text.byteLength, gzip: gzipSync(text, { level: 9 }).byteLength };
}

function accuracy(
  metadata: MetadataJson,
): Pick<MetadataFigures, 'numbersFound' | 'trapsMarked' | 'bareIdsValid'> {
  const find = createPhoneFinder(createPhoneValidator(metadata));
  const digits = (text: string, country: string, label?: string): string[] =>
    find(text, toCountryCode(country, metadata), {
      label: label === undefined ? undefined : () => label,
    }).map((match) => match.digits);
  const found = numbers.filter(
    (entry) => JSON.stringify(digits(entry.text, entry.country)) === JSON.stringify(entry.expect),
  );
  const marked = traps.filter(
    (entry) =>
      digits(entry.text, entry.country, 'label' in entry ? entry.label : undefined).length > 0,
  );
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  let valid = 0;
  const tries = 5000;
  for (let index = 0; index < tries; index++) {
    const length = 7 + Math.floor(random() * 6);
    let id = '';
    for (let digit = 0; digit < length; digit++) id += Math.floor(random() * 10);
    if (digits(id, 'PH').length > 0) valid++;
  }
  return {
    numbersFound: `${found.length}/${numbers.length}`,
    trapsMarked: `${marked.length}/${traps.length}`,
    bareIdsValid: `${((valid / tries) * 100).toFixed(1)}%`,
  };
}

/** Size and accuracy of the content script's detection with each metadata set libphonenumber-js ships. */
export async function compareMetadata(): Promise<MetadataFigures[]> {
  const figures: MetadataFigures[] = [];
  for (const variant of VARIANTS) {
    const size = await detectionBundleSize(variant.path);
    figures.push({
      name: variant.name,
      rawKb: size.raw / 1024,
      gzipKb: size.gzip / 1024,
      ...accuracy(variant.metadata),
    });
  }
  return figures;
}
