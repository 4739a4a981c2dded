import { MAX_CANDIDATES_PER_BATCH } from './candidate-limits';
import { PHONE_METADATA } from './phone-metadata';
import {
  createPhoneValidator,
  type PhoneValidator,
  toCountryCode,
  type ValidNumber,
} from './phone-validity';

/** One verdict per candidate, in order: the number it is, or null when it is none. */
export type Verdicts = (ValidNumber | null)[];

/**
 * `site` is the asking frame's origin as the browser reports it: the cache is kept per site, so a
 * page cannot learn from how fast it is answered whether another site's page asked about a
 * number (a cached verdict comes back sooner).
 */
export type CandidateChecker = (
  candidates: readonly string[],
  country: string | undefined,
  site: string,
) => Promise<Verdicts>;

export type CandidateCheckerOptions = {
  /** Verdicts remembered across batches (oldest forgotten first). */
  maxCached?: number;
  /** Batches that may wait their turn; more are refused at once. */
  maxWaiting?: number;
  /** Lets other work run between two batches (default: a zero-delay timer). */
  yieldToOthers?: () => Promise<void>;
  /** The validator (default: libphonenumber with the "max" metadata, as phone-detector.ts). */
  validate?: PhoneValidator;
};

/**
 * The background's half of number detection: the content script proposes candidate strings (its
 * cheap finder and trap rules run in the page, without the metadata), and this decides which are
 * valid numbers with the full "max" metadata, exactly as phone-detector.ts would in the page, so
 * the page and the composer still agree on every number.
 *
 * A page is hostile and may flood it: batches run one at a time, each bounded (the protocol's
 * limits), with a pause between them for the worker's other messages; at most `maxWaiting` wait
 * and the rest are refused; the cache is bounded. A verdict is a pure function of the string and
 * the country, so answering reveals nothing but what libphonenumber would say about it.
 */
export function createCandidateChecker(options: CandidateCheckerOptions = {}): CandidateChecker {
  const maxCached = options.maxCached ?? 20_000;
  const maxWaiting = options.maxWaiting ?? 64;
  const yieldToOthers =
    options.yieldToOthers ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const validate = options.validate ?? createPhoneValidator(PHONE_METADATA);
  const cache = new Map<string, ValidNumber | null>();
  let waiting = 0;
  let turn: Promise<unknown> = Promise.resolve();

  function verdictOf(
    candidate: string,
    country: string | undefined,
    site: string,
  ): ValidNumber | null {
    const key = `${site} ${country ?? ''}:${candidate}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const verdict = validate(candidate, toCountryCode(country, PHONE_METADATA)) ?? null;
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value as string);
    cache.set(key, verdict);
    return verdict;
  }

  return async (candidates, country, site) => {
    if (candidates.length > MAX_CANDIDATES_PER_BATCH) throw new Error('Too many candidates.');
    if (waiting >= maxWaiting) throw new Error('Busy: too many numbers to check. Try again.');
    waiting++;
    const mine = turn.then(() => {
      waiting--;
      return candidates.map((candidate) => verdictOf(candidate, country, site));
    });
    // The answer goes back at once; the next batch waits for the worker's other messages.
    turn = mine.catch(() => undefined).then(yieldToOthers);
    return mine;
  };
}
