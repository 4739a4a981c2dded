import { describe, expect, it } from 'vitest';
import { createCandidateChecker } from '@/utils/detect/candidate-checker';
import { MAX_CANDIDATE_LENGTH, MAX_CANDIDATES_PER_BATCH } from '@/utils/detect/candidate-limits';
import { createPhoneDetector } from '@/utils/detect/phone-detector';

const SITE = 'https://acme.lightning.force.com';
const pageNumbers = ['0917 123 4567', '+44 20 7946 0000', '(02) 8123 4567', '2024-01-15'];

describe('createCandidateChecker (the background half of detection)', () => {
  it('gives the verdicts the full detector gives, one per candidate, in order', async () => {
    const check = createCandidateChecker();
    const full = createPhoneDetector('PH');
    const verdicts = await check([...pageNumbers, '0712 345 678', '1234567'], 'PH', SITE);
    expect(verdicts).toEqual([
      ...pageNumbers.map((text) => {
        const match = full.readText(text)[0];
        return match ? { digits: match.digits, display: match.display } : null;
      }),
      null,
      null,
    ]);
    expect(verdicts[0]).toEqual({ digits: '639171234567', display: '+63 917 123 4567' });
  });

  it('reads national numbers only with a country the metadata knows', async () => {
    const check = createCandidateChecker();
    expect(await check(['0917 123 4567', '+63 917 123 4567'], undefined, SITE)).toEqual([
      null,
      { digits: '639171234567', display: '+63 917 123 4567' },
    ]);
    expect((await check(['0917 123 4567'], 'ZZ', SITE))[0]).toBeNull();
    // The cache is per country: the same string is another number elsewhere, or none.
    expect((await check(['020 7946 0000'], 'GB', SITE))[0]?.digits).toBe('442079460000');
    expect((await check(['020 7946 0000'], 'PH', SITE))[0]?.digits).not.toBe('442079460000');
  });

  it('survives a page flooding it: refuses what cannot wait, stays bounded, still answers', async () => {
    let yields = 0;
    const check = createCandidateChecker({
      maxCached: 100,
      maxWaiting: 8,
      yieldToOthers: async () => {
        yields++;
      },
    });
    const junk = (batch: number) =>
      Array.from(
        { length: MAX_CANDIDATES_PER_BATCH },
        (_, index) => `+${String(batch * 1_000 + index).padStart(12, '9')}`,
      );
    const flood = await Promise.allSettled(
      Array.from({ length: 200 }, (_, batch) => check(junk(batch), 'PH', SITE)),
    );
    const answered = flood.filter((outcome) => outcome.status === 'fulfilled');
    const refused = flood.filter((outcome) => outcome.status === 'rejected');
    expect(answered).toHaveLength(8);
    expect(refused).toHaveLength(192);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/Busy/);
    // One batch at a time, with the worker's other messages let in between two batches.
    expect(yields).toBe(8);
    // After the flood: a genuine question is answered, and right.
    expect(await check(['0917 123 4567'], 'PH', SITE)).toEqual([
      { digits: '639171234567', display: '+63 917 123 4567' },
    ]);
    await expect(
      check(
        Array.from({ length: MAX_CANDIDATES_PER_BATCH + 1 }, () => '1'),
        'PH',
        SITE,
      ),
    ).rejects.toThrow(/Too many/);
  });

  it('answers any string the protocol lets through without throwing', async () => {
    const check = createCandidateChecker();
    const hostile = [
      '+'.repeat(MAX_CANDIDATE_LENGTH),
      '(((((((((((((((((((((((((((((((((',
      '\u202e0917 123 4567',
      '__proto__',
      'constructor',
      `+1 ${'9'.repeat(60)}`,
    ];
    expect(await check(hostile, 'PH', SITE)).toEqual(hostile.map(() => null));
  });

  it('keeps its cache per site: a page cannot time whether another site asked about a number', async () => {
    const seen: string[] = [];
    const check = createCandidateChecker({
      validate: (candidate) => {
        seen.push(candidate);
        return undefined;
      },
    });
    await check(['0917 123 4567'], 'PH', SITE);
    await check(['0917 123 4567'], 'PH', SITE);
    expect(seen).toHaveLength(1);
    await check(['0917 123 4567'], 'PH', 'https://evil.example');
    expect(seen).toHaveLength(2);
  });
});
