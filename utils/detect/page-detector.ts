import type { CountryCode } from 'libphonenumber-js/core';
import { MAX_CANDIDATE_LENGTH, MAX_CANDIDATES_PER_BATCH } from './candidate-limits';
import { createPhoneFinder, type PhoneMatch, type TextContext } from './find-phone-numbers';
import { readPhoneHref } from './phone-href';
import type { PhoneValidator, ValidNumber } from './phone-validity';

/** Asks the background which candidates are numbers (checkPhoneCandidates): one verdict each. */
export type AskVerdicts = (
  candidates: string[],
  country: string | undefined,
) => Promise<(ValidNumber | null)[]>;

/**
 * The content script's detector. Its readers answer undefined while a verdict they need is not
 * known yet: the candidates are then asked with the next `flush()`, and the text is read again
 * once that resolves.
 */
export type PageDetector = {
  readText(text: string, context?: TextContext): PhoneMatch[] | undefined;
  readHref(href: string): ValidNumber[] | undefined;
  /**
   * Sends the candidates met since the last flush, in bounded batches, one batch in flight at a
   * time; resolves when they and every earlier batch are answered (or failed).
   */
  flush(): Promise<void>;
};

export type PageDetectorOptions = {
  /** Verdicts kept in the page; past this the cache starts over. */
  maxCached?: number;
  /** After a refused or failed batch, the wait before its texts are read (and asked) again. */
  retryAfter?: () => Promise<void>;
};

/**
 * The same finder as phone-detector.ts (candidates, trap shapes and contexts, splitting), with the
 * one step that needs the phone metadata, validity, answered by the background and cached per
 * string. So the page finds exactly what the full detector finds, without carrying the metadata.
 * While verdicts are missing, every candidate the finder would try (the whole, then its parts) is
 * collected in one pass, so a text needs one round trip.
 */
export function createPageDetector(
  country: string | undefined,
  ask: AskVerdicts,
  options: PageDetectorOptions = {},
): PageDetector {
  const maxCached = options.maxCached ?? 50_000;
  const retryAfter =
    options.retryAfter ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 1_000)));
  const verdicts = new Map<string, ValidNumber | null>();
  const asked = new Set<string>();
  let wanted: string[] = [];
  let missing = false;
  let sending: Promise<void> = Promise.resolve();

  const validate: PhoneValidator = (candidate) => {
    const known = verdicts.get(candidate);
    if (known !== undefined) return known ?? undefined;
    if (candidate.length > MAX_CANDIDATE_LENGTH) return undefined;
    missing = true;
    if (!asked.has(candidate)) {
      asked.add(candidate);
      wanted.push(candidate);
    }
    return undefined;
  };
  // The country is only handed back to the background, which checks it against the metadata.
  const pageCountry = country as CountryCode | undefined;
  const find = createPhoneFinder(validate);

  function complete<T>(read: () => T): T | undefined {
    missing = false;
    const result = read();
    return missing ? undefined : result;
  }

  async function send(batch: string[]): Promise<void> {
    try {
      const answers = await ask(batch, country);
      if (verdicts.size + batch.length > maxCached) verdicts.clear();
      batch.forEach((candidate, index) => {
        verdicts.set(candidate, answers[index] ?? null);
      });
    } catch {
      await retryAfter(); // refused (busy) or the extension is gone: asked again on the next read
    } finally {
      for (const candidate of batch) asked.delete(candidate);
    }
  }

  return {
    readText: (text, context) => complete(() => find(text, pageCountry, context)),
    readHref: (href) => complete(() => readPhoneHref(href, pageCountry, validate)),
    flush() {
      const batches: string[][] = [];
      for (let from = 0; from < wanted.length; from += MAX_CANDIDATES_PER_BATCH)
        batches.push(wanted.slice(from, from + MAX_CANDIDATES_PER_BATCH));
      wanted = [];
      for (const batch of batches) sending = sending.then(() => send(batch));
      return sending;
    },
  };
}
