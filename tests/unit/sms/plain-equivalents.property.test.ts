import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSegments } from '@/utils/sms/count-segments';
import { plainEquivalent, replaceWithPlain } from '@/utils/sms/plain-equivalents';
import { suggestPlainText } from '@/utils/sms/suggest-plain-text';
import { EXPANDING, smsText } from './arbitraries';

const RUNS = { numRuns: 500 };

// Hundreds of runs take about a second; a busy machine must not fail them on time.
const TIMEOUT_MS = 60_000;

function hasExpanding(text: string): boolean {
  return [...EXPANDING].some((character) => text.includes(character));
}

describe('replaceWithPlain properties', () => {
  it(
    'is idempotent',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const once = replaceWithPlain(text).text;
          expect(replaceWithPlain(once)).toEqual({ text: once, replaced: 0 });
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'leaves only culprits that have no equivalent',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const { unicodeCulprits } = countSegments(replaceWithPlain(text).text);
          for (const culprit of unicodeCulprits) expect(plainEquivalent(culprit)).toBeUndefined();
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reaches GSM-7 whenever every culprit has an equivalent',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const culprits = countSegments(text).unicodeCulprits;
          fc.pre(culprits.every((culprit) => plainEquivalent(culprit) !== undefined));
          expect(countSegments(replaceWithPlain(text).text).encoding).toBe('GSM-7');
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reports a change exactly when the text changed',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const { text: plain, replaced } = replaceWithPlain(text);
          expect(replaced > 0).toBe(plain !== text);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  // Units are not comparable across encodings ("€" is one UCS-2 unit but two septets), so the
  // promise is about what is billed, parts, and about UTF-16 length.
  it(
    'never adds parts or UTF-16 length unless an ellipsis is expanded',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          fc.pre(!hasExpanding(text));
          const plain = replaceWithPlain(text).text;
          expect(plain.length).toBeLessThanOrEqual(text.length);
          expect(countSegments(plain).parts).toBeLessThanOrEqual(countSegments(text).parts);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never adds units while the text stays UCS-2',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          fc.pre(!hasExpanding(text));
          const after = countSegments(replaceWithPlain(text).text);
          fc.pre(after.encoding === 'UCS-2');
          expect(after.units).toBeLessThanOrEqual(countSegments(text).units);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('suggestPlainText properties', () => {
  it(
    'never suggests a text that costs more parts',
    () => {
      fc.assert(
        fc.property(smsText, (text) => {
          const suggestion = suggestPlainText(text);
          if (suggestion === undefined) return;
          expect(suggestion.replaced).toBeGreaterThan(0);
          expect(suggestion.after.parts).toBeLessThanOrEqual(suggestion.before.parts);
          expect(suggestion.text).toBe(replaceWithPlain(text).text);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
