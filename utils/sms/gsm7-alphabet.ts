/**
 * The GSM 7-bit default alphabet of 3GPP TS 23.038 (§6.2.1), written out so it can be checked
 * against the spec. 0x1B is the escape to the extension table, so it is not a character here.
 * 0x09 is "Ç" as the spec prints it; the small "ç" is deliberately not GSM-7, because a gateway
 * that disagrees would then bill UCS-2 while we showed GSM-7 — over-counting is the safe side.
 */
const BASIC_TABLE =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/** Reached through the escape code, so each costs two septets (form feed is 0x1B 0x0A). */
const EXTENSION_TABLE = '\f^{}\\[~]|€';

export const GSM7_BASIC_CHARACTERS: ReadonlySet<string> = new Set(BASIC_TABLE);
export const GSM7_EXTENSION_CHARACTERS: ReadonlySet<string> = new Set(EXTENSION_TABLE);

/** Septets one code point costs in GSM-7, or undefined when GSM-7 cannot carry it. */
export function gsm7Septets(codePoint: string): 1 | 2 | undefined {
  if (GSM7_BASIC_CHARACTERS.has(codePoint)) return 1;
  if (GSM7_EXTENSION_CHARACTERS.has(codePoint)) return 2;
  return undefined;
}

export function isGsm7Text(text: string): boolean {
  for (const codePoint of text) {
    if (gsm7Septets(codePoint) === undefined) return false;
  }
  return true;
}
