/**
 * The sandbox's own SMS part counter. It deliberately does not import the extension's counter:
 * the sandbox stands in for the server, so a bug in one must not hide in the other.
 *
 * GSM-7 (3GPP TS 23.038 default alphabet): 160 units in one part, 153 per part beyond; characters of
 * the extension table cost 2 units (escape + char). Escape pairs split across a part boundary are
 * not accounted for, the count is plain arithmetic. Anything outside GSM-7 makes the whole message
 * UCS-2: 70 UTF-16 code units in one part, 67 per part beyond (an emoji counts 2).
 */

export type Encoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: Encoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  parts: number;
}

/** The basic table without ESC (0x1B), which is not a character of its own. */
export const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
export const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC_SET = new Set(GSM7_BASIC);
const EXTENSION_SET = new Set(GSM7_EXTENSION);

/** Septets the text needs in GSM-7, or null when it has a character GSM-7 cannot carry. */
function countGsm7Units(text: string): number | null {
  let units = 0;
  for (const char of text) {
    if (BASIC_SET.has(char)) units += 1;
    else if (EXTENSION_SET.has(char)) units += 2;
    else return null;
  }
  return units;
}

function partsFor(units: number, single: number, perPart: number): number {
  if (units === 0) return 0;
  if (units <= single) return 1;
  return Math.ceil(units / perPart);
}

export function countSegments(text: string): SegmentCount {
  const gsmUnits = countGsm7Units(text);
  if (gsmUnits !== null) {
    return { encoding: 'GSM-7', units: gsmUnits, parts: partsFor(gsmUnits, 160, 153) };
  }
  return { encoding: 'UCS-2', units: text.length, parts: partsFor(text.length, 70, 67) };
}
