import metadata from 'libphonenumber-js/min/metadata';

/**
 * The one place that picks the phone-number metadata for the content script. "min" gives validity
 * from each country's national number pattern and lengths; "max" adds per-type patterns (about
 * 70 KB more for no gain on our corpus), "mobile" rejects landlines. Figures: docs/performance.md.
 */
export const PHONE_METADATA = metadata;
