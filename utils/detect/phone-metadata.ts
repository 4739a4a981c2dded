import metadata from 'libphonenumber-js/max/metadata';

/**
 * The one place that picks the phone-number metadata for detection: the background checks the
 * content script's candidates with it (candidate-checker.ts); the content script itself carries
 * none (tests/build/import-boundaries.test.ts). "max" checks each
 * number against its country's per-type patterns, as the composer's parser does: with "min" (70 KB
 * smaller, length checks only) a page could show a button for a number the composer then refuses
 * as invalid (e.g. "0712 345 678" read in the Philippines), and it took twice as many bare ids for
 * numbers. "mobile" would reject landlines. Figures: docs/performance.md.
 */
export const PHONE_METADATA = metadata;
