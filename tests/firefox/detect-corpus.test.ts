import {
  CORPUS_PAGES,
  corpusPageOf,
  measureCorpus,
  precision,
  productTotals,
  recall,
  renderCorpusTable,
} from '../fixtures/crm/corpus';
import { expect, test } from './fixtures';
import { configureExtension, waitForContentScript } from './support/extension-state';

/** The detection corpus in Firefox: the same pages and thresholds as tests/e2e/crm-detect-corpus.spec.ts. */
test('finds every number a person sees on the CRM corpus pages, and nothing else', {
  timeout: 240_000,
}, async ({ firefox, crm }) => {
  await waitForContentScript(firefox.welcome);
  const results = await measureCorpus({
    newPage: async () => corpusPageOf(await firefox.browser.newPage()),
    setCountry: (country) => configureExtension(firefox.welcome, { defaultCountry: country }),
    url: (pathname) => crm.url(pathname),
  });
  console.log(renderCorpusTable('Firefox', results));
  expect(results).toHaveLength(CORPUS_PAGES.length);
  const totals = productTotals(results);
  expect(totals.truths).toBeGreaterThanOrEqual(100);
  expect(precision(totals)).toBeGreaterThanOrEqual(0.99);
  expect(recall(totals)).toBeGreaterThanOrEqual(0.98);
});
