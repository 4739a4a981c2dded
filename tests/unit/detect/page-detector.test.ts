import { describe, expect, it, vi } from 'vitest';
import { createCandidateChecker } from '@/utils/detect/candidate-checker';
import { MAX_CANDIDATE_LENGTH, MAX_CANDIDATES_PER_BATCH } from '@/utils/detect/candidate-limits';
import { type AskVerdicts, createPageDetector } from '@/utils/detect/page-detector';
import { createPhoneDetector } from '@/utils/detect/phone-detector';
import numbers from './corpus/phone-numbers.json';
import traps from './corpus/traps.json';

/**
 * The content script's detector over the background's checker, as the extension wires them: the
 * background checks with the user's country, which the page never sends.
 */
function pageDetector(country: string | undefined) {
  const check = createCandidateChecker();
  const ask = vi.fn<AskVerdicts>((candidates) => check(candidates, country, 'https://crm.example'));
  return { detector: createPageDetector(ask), ask };
}

const corpus = [
  ...numbers.map((entry) => ({ text: entry.text, country: entry.country, label: undefined })),
  ...traps.map((entry) => ({ text: entry.text, country: entry.country, label: entry.label })),
];

describe('createPageDetector (finding in the page, validity in the background)', () => {
  it.each(corpus.map((entry) => [entry.text, entry.country ?? '', entry.label] as const))(
    'finds in %s (default %s) exactly what the full detector finds, after one round trip',
    async (text, country, label) => {
      const { detector, ask } = pageDetector(country || undefined);
      const context = { label: label === undefined ? undefined : () => label };
      const full = createPhoneDetector(country || undefined).readText(text, context);
      const first = detector.readText(text, context);
      if (first === undefined) {
        await detector.flush();
        expect(ask).toHaveBeenCalledTimes(1);
      }
      expect(detector.readText(text, context)).toEqual(full);
    },
  );

  it('reads tel: links the same way', async () => {
    const { detector } = pageDetector('PH');
    const href = 'sms:+14155550132,09171234567?body=Hi';
    expect(detector.readHref(href)).toBeUndefined();
    await detector.flush();
    expect(detector.readHref(href)).toEqual(createPhoneDetector('PH').readHref(href));
  });

  it('asks for each string once, in bounded batches, and never for an over-long one', async () => {
    const asked: string[][] = [];
    const detector = createPageDetector(async (candidates) => {
      asked.push(candidates);
      return candidates.map(() => null);
    });
    const texts = Array.from({ length: 1_200 }, (_, index) => `0917 555 ${1000 + index}`);
    for (const text of [...texts, ...texts]) expect(detector.readText(text)).toBeUndefined();
    expect(detector.readText(`+63 ${'9 '.repeat(MAX_CANDIDATE_LENGTH)}`)).toEqual([]);
    await detector.flush();
    expect(asked.map((batch) => batch.length)).toEqual([
      MAX_CANDIDATES_PER_BATCH,
      MAX_CANDIDATES_PER_BATCH,
      200,
    ]);
    expect(asked.flat().every((candidate) => candidate.length <= MAX_CANDIDATE_LENGTH)).toBe(true);
    // Answered now: read from the page's cache, nothing asked again.
    for (const text of texts) expect(detector.readText(text)).toEqual([]);
    await detector.flush();
    expect(asked).toHaveLength(3);
  });

  it('sends what is on screen ahead of the batches still waiting, and waits for strings already asked', async () => {
    const asked: string[][] = [];
    const answers: (() => void)[] = [];
    const detector = createPageDetector((candidates) => {
      asked.push(candidates);
      return new Promise((resolve) => answers.push(() => resolve(candidates.map(() => null))));
    });
    const page = Array.from({ length: 1_000 }, (_, index) => `0917 555 ${1000 + index}`);
    for (const text of page) detector.readText(text);
    const pageRead = detector.flush(false);
    detector.readText('On screen: 0918 765 4321');
    detector.readText(page[999] as string); // asked already, in the last batch of the page
    let screenDone = false;
    const screenRead = detector.flush(true).then(() => {
      screenDone = true;
    });
    await Promise.resolve();
    expect(asked).toHaveLength(1); // one batch in flight at a time
    answers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked[1]).toEqual(['0918 765 4321']); // ahead of the page's second batch
    answers.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screenDone).toBe(false); // still waits for the page's last string it read
    answers.shift()?.();
    await Promise.all([pageRead, screenRead]);
    expect(asked.map((batch) => batch.length)).toEqual([500, 1, 500]);
  });

  it('asks again after a refused batch (a busy or vanished background) instead of guessing', async () => {
    let refuse = true;
    const check = createCandidateChecker();
    const detector = createPageDetector(
      async (candidates) => {
        if (refuse) throw new Error('Busy');
        return check(candidates, 'PH', 'https://crm.example');
      },
      { retryAfter: async () => undefined },
    );
    expect(detector.readText('Call 0917 123 4567')).toBeUndefined();
    await detector.flush();
    expect(detector.readText('Call 0917 123 4567')).toBeUndefined();
    refuse = false;
    await detector.flush();
    expect(detector.readText('Call 0917 123 4567')?.map((match) => match.digits)).toEqual([
      '639171234567',
    ]);
  });
});
