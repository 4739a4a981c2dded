import {
  CORPUS_PAGES,
  corpusPageOf,
  measureCorpus,
  precision,
  productTotals,
  recall,
  renderCorpusTable,
} from '../fixtures/crm/corpus';
import { expect, crmTest as test } from './pages/crm-page';
import { sandboxSettings, storeSettingsInExtension } from './support/configure-extension';

/**
 * The detection corpus (tests/fixtures/crm/corpus.ts): pages built like Salesforce, HubSpot,
 * Zendesk, Freshsales, Zoho, Pipedrive and a data grid, 20+ countries. `npm run bench -- --detect`
 * prints the same figures beside a naive libphonenumber scan.
 */
test('finds every number a person sees on the CRM corpus pages, and nothing else', async ({
  context,
  crm,
  serviceWorker,
}) => {
  test.setTimeout(180_000);
  const results = await measureCorpus({
    newPage: async () => corpusPageOf(await context.newPage()),
    setCountry: (country) =>
      serviceWorker.evaluate(
        storeSettingsInExtension,
        sandboxSettings({ defaultCountry: country }),
      ),
    url: (pathname) => crm.url(pathname),
  });
  console.log(renderCorpusTable('Chromium', results));
  expect(results).toHaveLength(CORPUS_PAGES.length);
  const totals = productTotals(results);
  expect(totals.truths).toBeGreaterThanOrEqual(100);
  expect(precision(totals)).toBeGreaterThanOrEqual(0.99);
  expect(recall(totals)).toBeGreaterThanOrEqual(0.98);
});
