import { MAX_CANDIDATE_LENGTH, MAX_CANDIDATES_PER_BATCH } from './candidate-limits';
import { createPhoneFinder, type PhoneMatch, type TextContext } from './find-phone-numbers';
import { readPhoneHref } from './phone-href';
import type { PhoneValidator, ValidNumber } from './phone-validity';

/**
 * Asks the background which candidates are numbers (checkPhoneCandidates): one verdict each, for
 * the user's country, which the background reads itself.
 */
export type AskVerdicts = (candidates: string[]) => Promise<(ValidNumber | null)[]>;

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
   * time, an `urgent` flush (what is on screen) ahead of the batches still waiting; resolves when
   * every verdict the reads since the last flush missed is in (or its batch failed).
   */
  flush(urgent?: boolean): Promise<void>;
};

export type PageDetectorOptions = {
  /** Verdicts kept in the page; past this the cache starts over. */
  maxCached?: number;
  /** After a refused or failed batch, the wait before its texts are read (and asked) again. */
  retryAfter?: () => Promise<void>;
};

type Batch = { candidates: string[]; done: Promise<void>; resolve: () => void };

/**
 * The same finder as phone-detector.ts (candidates, trap shapes and contexts, splitting), with the
 * one step that needs the phone metadata, validity, answered by the background and cached per
 * string. So the page finds exactly what the full detector finds, without carrying the metadata.
 * While verdicts are missing, every candidate the finder would try (the whole, then its parts) is
 * collected in one pass, so a text needs one round trip.
 */
export function createPageDetector(
  ask: AskVerdicts,
  options: PageDetectorOptions = {},
): PageDetector {
  const maxCached = options.maxCached ?? 50_000;
  const retryAfter =
    options.retryAfter ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 1_000)));
  const verdicts = new Map<string, ValidNumber | null>();
  /** Each string asked and not answered yet, with the batch that carries it. */
  const asked = new Map<string, Batch>();
  /** Strings the reads since the last flush missed, asked before or not. */
  const missed = new Set<string>();
  const urgentBatches: Batch[] = [];
  const batches: Batch[] = [];
  let sending = false;

  /** Whether the read under way missed a verdict. */
  let missing = false;

  const validate: PhoneValidator = (candidate) => {
    const known = verdicts.get(candidate);
    if (known !== undefined) return known ?? undefined;
    if (candidate.length > MAX_CANDIDATE_LENGTH) return undefined; // never asked: no number
    missing = true;
    missed.add(candidate);
    return undefined;
  };
  // The finder hands the country only to `validate`, and the background knows it: none here.
  const find = createPhoneFinder(validate);

  function complete<T>(read: () => T): T | undefined {
    missing = false;
    const result = read();
    return missing ? undefined : result;
  }

  function makeBatch(candidates: string[]): Batch {
    let resolve = (): void => undefined;
    const done = new Promise<void>((settle) => {
      resolve = settle;
    });
    return { candidates, done, resolve };
  }

  async function send(batch: Batch): Promise<void> {
    try {
      const answers = await ask(batch.candidates);
      if (verdicts.size + batch.candidates.length > maxCached) verdicts.clear();
      batch.candidates.forEach((candidate, index) => {
        verdicts.set(candidate, answers[index] ?? null);
      });
    } catch {
      await retryAfter(); // refused (busy) or the extension is gone: asked again on the next read
    } finally {
      for (const candidate of batch.candidates) asked.delete(candidate);
      batch.resolve();
    }
  }

  function pump(): void {
    if (sending) return;
    const next = urgentBatches.shift() ?? batches.shift();
    if (!next) return;
    sending = true;
    void send(next).then(() => {
      sending = false;
      pump();
    });
  }

  return {
    readText: (text, context) => complete(() => find(text, undefined, context)),
    readHref: (href) => complete(() => readPhoneHref(href, undefined, validate)),
    flush(urgent = false) {
      const waitFor = new Set<Promise<void>>();
      let fresh: string[] = [];
      for (const candidate of missed) {
        const batch = asked.get(candidate);
        if (batch) waitFor.add(batch.done);
        else fresh.push(candidate);
      }
      missed.clear();
      while (fresh.length > 0) {
        const batch = makeBatch(fresh.slice(0, MAX_CANDIDATES_PER_BATCH));
        fresh = fresh.slice(MAX_CANDIDATES_PER_BATCH);
        for (const candidate of batch.candidates) asked.set(candidate, batch);
        (urgent ? urgentBatches : batches).push(batch);
        waitFor.add(batch.done);
      }
      pump();
      return Promise.all(waitFor).then(() => undefined);
    },
  };
}
