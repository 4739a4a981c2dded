import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { CORPUS_PAGES } from '../../fixtures/crm/corpus';

/** The ground truth of the CRM corpus pages: every `data-truth` number, page by page. */
function truthsOf(pathname: string): string[] {
  const html = readFileSync(path.resolve('tests/fixtures/crm/pages', pathname.slice(1)), 'utf8');
  return [...html.matchAll(/data-truth=["']([\d ]+)["']/g)].flatMap((match) =>
    (match[1] ?? '').split(' '),
  );
}

describe('the CRM corpus pages', () => {
  it.each(CORPUS_PAGES.map((page) => [page.crm, page.path] as const))(
    '%s: every number a person sees there is a valid number',
    (_crm, pathname) => {
      const truths = truthsOf(pathname);
      expect(truths.length).toBeGreaterThan(5);
      for (const digits of truths)
        expect(parsePhoneNumberFromString(`+${digits}`)?.isValid()).toBe(true);
    },
  );

  it('cover more than 100 numbers in more than 20 countries', () => {
    const truths = CORPUS_PAGES.flatMap((page) => truthsOf(page.path));
    expect(truths.length).toBeGreaterThanOrEqual(100);
    const countries = new Set(
      truths.map((digits) => parsePhoneNumberFromString(`+${digits}`)?.country),
    );
    expect(countries.size).toBeGreaterThanOrEqual(20);
  });
});
