// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPhoneDetector } from '@/utils/detect/phone-detector';
import { type PageMarker, startPageMarker } from '@/utils/page/page-marker';
import cases from '../detect/corpus/markup.json';
import { setBody } from './html';

let marker: PageMarker | undefined;

afterEach(() => {
  marker?.stop();
  marker = undefined;
});

/** Marks the body as the content script would, running every slice until none is left. */
async function markBody(country: string): Promise<void> {
  let scheduled: (() => void)[] = [];
  marker = startPageMarker({
    document,
    ...createPhoneDetector(country),
    onActivate: () => undefined,
    schedule: (run) => scheduled.push(run),
  });
  for (let round = 0; round < 50; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (scheduled.length === 0) return;
    const run = scheduled;
    scheduled = [];
    for (const slice of run) slice();
  }
  throw new Error('the marker never settled');
}

/** The page's corpus: numbers as CRMs lay them out in HTML, and look-alikes labelled as ids. */
describe('the markup corpus', () => {
  it.each(cases.map((entry) => [entry.cause, entry.html, entry.country, entry.expect] as const))(
    '%s: %s',
    async (_cause, html, country, expected) => {
      setBody(html);
      const text = document.body.textContent;
      await markBody(country);
      const hosts = [...document.querySelectorAll('span[data-sms-to]')];
      expect(hosts.map((host) => host.getAttribute('data-sms-to'))).toEqual(expected);
      expect(document.body.textContent).toBe(text);
    },
  );
});
