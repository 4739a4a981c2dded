export interface Packing {
  parts: number;
  /** Units used in the last part; 0 when there are no parts. */
  lastPartUsed: number;
}

/**
 * Fills parts in order, starting a new part when the next item does not fit whole. Items are the
 * costs of single code points (1 or 2); a 2-unit item — a GSM-7 escape pair or a UTF-16 surrogate
 * pair — is never split across parts, which is what phones and carriers do, so a part can end one
 * unit short of `capacity`. That is why the part count comes from packing and not from division.
 */
export function packParts(costs: Iterable<number>, capacity: number): Packing {
  let parts = 0;
  let lastPartUsed = 0;
  for (const cost of costs) {
    if (parts === 0 || lastPartUsed + cost > capacity) {
      parts += 1;
      lastPartUsed = 0;
    }
    lastPartUsed += cost;
  }
  return { parts, lastPartUsed };
}
