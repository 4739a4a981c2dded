// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCandidateChecker } from '@/utils/detect/candidate-checker';
import { createPageDetector } from '@/utils/detect/page-detector';
import { createPhoneDetector } from '@/utils/detect/phone-detector';
import { type PageMarker, startPageMarker } from '@/utils/page/page-marker';
import { nodesFrom, setBody } from './html';

const reader = createPhoneDetector('PH');
let scheduled: (() => void)[] = [];
let marker: PageMarker | undefined;
let readText: ReturnType<typeof vi.fn<typeof reader.readText>>;
let activated: string[];

/** Lets the observer deliver its records, then runs every scheduled slice. */
async function settle(): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (scheduled.length === 0) return;
    const run = scheduled;
    scheduled = [];
    for (const slice of run) slice();
  }
  throw new Error('the marker never settled');
}

function marks(root: ParentNode = document): string[] {
  return [...root.querySelectorAll('span[data-sms-to]')].map(
    (host) => host.getAttribute('data-sms-to') ?? '',
  );
}

/** One of the extension's button hosts (a plain span: host-tag.ts), not a span of the page. */
function isButtonHost(node: Node | null | undefined): boolean {
  return node instanceof Element && node.matches('span[data-sms-to]');
}

function start(extra: { budgetMs?: number; maxWaitMs?: number } = {}): PageMarker {
  marker = startPageMarker({
    document,
    readText,
    readHref: reader.readHref,
    onActivate: (digits) => activated.push(digits),
    schedule: (run) => scheduled.push(run),
    ...extra,
  });
  return marker;
}

beforeEach(() => {
  document.body.replaceChildren();
  scheduled = [];
  activated = [];
  readText = vi.fn(reader.readText);
});

afterEach(() => {
  marker?.stop();
  marker = undefined;
});

describe('startPageMarker with verdicts from the background (issue 19)', () => {
  it('marks what it read once the verdicts it asked for are in, and asks for each string once', async () => {
    setBody('<p>Mobile: 0917 123 4567</p><p>2024-01-15 · Order #10023456</p><p>0917 123 4567</p>');
    const check = createCandidateChecker();
    const asked: string[] = [];
    const detector = createPageDetector((candidates) => {
      asked.push(...candidates);
      return check(candidates, 'PH', 'https://crm.example');
    });
    marker = startPageMarker({
      document,
      ...detector,
      onActivate: () => undefined,
      schedule: (run) => scheduled.push(run),
    });
    for (let round = 0; round < 20 && marks().length < 2; round++) await settle();
    expect(marks()).toEqual(['639171234567', '639171234567']);
    expect(asked).toEqual(['0917 123 4567']);
  });

  it('puts the buttons on screen in together, once the last verdict they wait for is in', async () => {
    const check = createCandidateChecker();
    const answers: (() => void)[] = [];
    const detector = createPageDetector(async (candidates) => {
      const verdicts = await check(candidates, 'PH', 'https://crm.example');
      // The first string is answered at once; the others wait until the test lets them through.
      if (candidates.includes('0917 123 4567')) return verdicts;
      return new Promise((resolve) => answers.push(() => resolve(verdicts)));
    });
    expect(detector.readText('0917 123 4567')).toBeUndefined();
    await detector.flush(true);
    setBody('<p>Mobile: 0917 123 4567</p><p>Office: 0918 765 4321</p>');
    marker = startPageMarker({
      document,
      ...detector,
      onActivate: () => undefined,
      schedule: (run) => scheduled.push(run),
    });
    await settle();
    // The first number's verdict is known, but its button waits for the second's: one change of
    // the page's layout instead of two.
    expect(answers).toHaveLength(1);
    expect(marks()).toEqual([]);
    answers.shift()?.();
    for (let round = 0; round < 20 && marks().length < 2; round++) await settle();
    expect(marks()).toEqual(['639171234567', '639187654321']);
  });

  it('reads a page too big to be read whole only where the user looks, and what it changes', async () => {
    // Apart: the rows beside one on screen are "near" and read too (visible-targets.ts).
    setBody('<div><p id="seen">0917 123 4567</p></div><div><p id="far">0918 765 4321</p></div>');
    let onScreen = [document.getElementById('seen') as Element];
    marker = startPageMarker({
      document,
      ...reader,
      onActivate: () => undefined,
      schedule: (run) => scheduled.push(run),
      findVisible: () => onScreen,
      readWholeUpTo: 1,
      readAtOnceUpTo: 0,
      leadingTargets: 0,
    });
    await settle();
    expect(marks()).toEqual(['639171234567']);
    document.body.append(...nodesFrom('<p>+44 20 7946 0000</p>'));
    await settle();
    expect(marks()).toEqual(['639171234567', '442079460000']);
    onScreen = [document.getElementById('far') as Element];
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(marks()).toEqual(['639171234567', '639187654321', '442079460000']);
  });
});

describe('startPageMarker: what the user sees first (issue 19)', () => {
  it('marks the start of a big page at once, before any frame, then what the screen shows', async () => {
    const numbers = Array.from({ length: 12 }, (_, index) => `0917 123 ${4500 + index}`);
    setBody(
      numbers.map((number, index) => `<p id="p${index}">Row ${index}: ${number}</p>`).join(''),
    );
    const digits = numbers.map((number) => `63${number.replaceAll(' ', '').slice(1)}`);
    const frames: (() => void)[] = [];
    marker = startPageMarker({
      document,
      ...reader,
      onActivate: () => undefined,
      schedule: (run) => scheduled.push(run),
      afterPaint: (run) => frames.push(run),
      findVisible: () => [document.getElementById('p10') as Element],
      readAtOnceUpTo: 0,
      readWholeUpTo: 1,
      leadingTargets: 3,
    });
    // In the script's first task, without layout: the first three texts with digits.
    expect(marks()).toEqual(digits.slice(0, 3));
    await settle();
    expect(marks()).toEqual(digits.slice(0, 3));
    // Once the page is laid out, the screen (and its neighbours) follow.
    for (const frame of frames.splice(0)) frame();
    await settle();
    expect(marks()).toContain(digits[10]);
  });

  it('inserts a row read in idle time as soon as it is scrolled into view, not after the whole read', async () => {
    const numbers = Array.from({ length: 30 }, (_, index) => `0917 123 ${4500 + index}`);
    setBody(numbers.map((number, index) => `<p id="p${index}">${number}</p>`).join(''));
    let onScreen: Element[] = [];
    marker = startPageMarker({
      document,
      readText,
      readHref: reader.readHref,
      onActivate: () => undefined,
      schedule: (run) => scheduled.push(run),
      findVisible: () => onScreen,
      readAtOnceUpTo: 0,
      leadingTargets: 0,
      budgetMs: 0, // a few targets a slice: the idle read takes many slices
    });
    // The first idle slices read the first rows; their buttons wait for the batch.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let slice = 0; slice < 2; slice++) scheduled.shift()?.();
    const first = document.getElementById('p0') as HTMLElement;
    expect(readText.mock.calls.map(([text]) => text)).toContain(numbers[0]);
    expect(marks()).toEqual([]);
    onScreen = [first];
    window.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    let readBeforeShown = Number.POSITIVE_INFINITY;
    for (let slice = 0; slice < 100 && scheduled.length > 0; slice++) {
      scheduled.shift()?.();
      if (isButtonHost(first.lastChild)) {
        readBeforeShown = new Set(readText.mock.calls.map(([text]) => text)).size;
        break;
      }
    }
    expect(readBeforeShown).toBeLessThan(numbers.length);
    await settle();
    expect(marks()).toHaveLength(numbers.length);
  });
});

describe('startPageMarker', () => {
  it('puts a host with data-sms-to right after each number and leaves the text alone', async () => {
    setBody(
      '<table><tr><td id="a">Mobile: 0917 123 4567, office (02) 8123 4567</td><td>2024-01-15</td></tr></table>',
    );
    const cell = document.getElementById('a') as HTMLElement;
    const text = cell.firstChild as Text;
    start();
    await settle();
    expect(marks()).toEqual(['639171234567', '63281234567']);
    expect(text.data).toBe('Mobile: 0917 123 4567, office (02) 8123 4567');
    expect(cell.firstChild).toBe(text);
    expect([...cell.childNodes].slice(1).every((node) => node.nodeName === 'SPAN')).toBe(true);
  });

  it('puts the button after the link holding a number, not inside it', async () => {
    setBody(
      '<p><a href="/contacts/1">Maria (0917 888 9999)</a></p><p><a href="tel:+14155550132">Call</a></p>',
    );
    start();
    await settle();
    for (const link of document.querySelectorAll('a')) {
      expect(link.querySelector('span[data-sms-to]')).toBeNull();
      expect(link.nextSibling?.nodeName).toBe('SPAN');
    }
    expect(marks()).toEqual(['639178889999', '14155550132']);
  });

  it('reads a number split across elements and puts one button after its last part', async () => {
    setBody(
      '<p id="p"><b>0917</b>-555-<mark>0123</mark> and <span>+1</span> <span id="last">(212) 278-0100</span></p>',
    );
    const paragraph = document.getElementById('p') as HTMLElement;
    const text = paragraph.textContent;
    start();
    await settle();
    expect(marks()).toEqual(['639175550123', '12122780100']);
    expect(isButtonHost(paragraph.querySelector('mark')?.lastChild)).toBe(true);
    expect(isButtonHost(document.getElementById('last')?.lastChild)).toBe(true);
    expect(paragraph.textContent).toBe(text);
  });

  it('follows text nodes added beside a part of a number and removed again', async () => {
    setBody('<div id="d"><span>+44</span></div>');
    const cell = document.getElementById('d') as HTMLElement;
    start();
    await settle();
    expect(marks()).toEqual([]);
    const rest = document.createTextNode(' 20 7946 0000');
    cell.append(rest);
    await settle();
    expect(marks()).toEqual(['442079460000']);
    expect(isButtonHost(rest.nextSibling)).toBe(true);
    rest.remove();
    await settle();
    expect(marks()).toEqual([]);
    cell.append(document.createTextNode('20 7946 0001'));
    await settle();
    expect(marks()).toEqual(['442079460001']);
  });

  it('splits a line again when the page puts a line break into it', async () => {
    setBody('<p id="p"><span>0917 123 4567</span><span id="second">0918 765 4321</span></p>');
    start();
    await settle();
    expect(marks()).toEqual(['639171234567', '639187654321']);
    const second = document.getElementById('second') as HTMLElement;
    second.before(document.createElement('br'));
    second.firstChild?.replaceWith(document.createTextNode('0919 222 3344'));
    await settle();
    expect(marks().sort()).toEqual(['639171234567', '639192223344']);
  });

  it('skips editable content and code', async () => {
    setBody(
      '<div contenteditable="true">0917 000 1111</div><textarea>0917 000 2222</textarea><code>0917 000 3333</code><p>0917 000 4444</p>',
    );
    start();
    await settle();
    expect(marks()).toEqual(['639170004444']);
  });

  it('walks open shadow roots, nested ones too, and watches them for changes', async () => {
    const outer = document.createElement('record-card');
    const outerRoot = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('record-field');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    innerRoot.append(...nodesFrom('<span>+254 712 345678</span>'));
    outerRoot.append(inner);
    document.body.append(outer);
    start();
    await settle();
    expect(marks(innerRoot)).toEqual(['254712345678']);
    const later = document.createElement('span');
    later.textContent = '0917 555 0101';
    innerRoot.append(later);
    await settle();
    expect(marks(innerRoot)).toEqual(['254712345678', '639175550101']);
  });

  it('marks rows added later, and reads only what changed', async () => {
    setBody('<ul id="list"><li>0917 100 1001</li></ul>');
    start();
    await settle();
    readText.mockClear();
    const item = document.createElement('li');
    item.textContent = '0917 100 1002';
    document.getElementById('list')?.append(item);
    await settle();
    expect(marks()).toEqual(['639171001001', '639171001002']);
    expect(readText.mock.calls.map(([text]) => text)).toEqual(['0917 100 1002']);
  });

  it('follows text changed in place', async () => {
    setBody('<p id="phone">0917 123 4567</p>');
    start();
    await settle();
    const text = document.getElementById('phone')?.firstChild as Text;
    text.data = '+1 415 555 0132';
    await settle();
    expect(marks()).toEqual(['14155550132']);
    text.data = 'No phone';
    await settle();
    expect(marks()).toEqual([]);
  });

  it('removes the button of a number the page removed', async () => {
    setBody('<p id="p">0917 123 4567</p><p id="q">0918 765 4321</p>');
    start();
    await settle();
    document.getElementById('p')?.firstChild?.remove();
    await settle();
    expect(marks()).toEqual(['639187654321']);
  });

  it('marks a number again when the page removed only its button', async () => {
    setBody('<p id="p">0917 123 4567</p>');
    start();
    await settle();
    document.querySelector('span[data-sms-to]')?.remove();
    await settle();
    expect(marks()).toEqual(['639171234567']);
  });

  it('never reads its own buttons, so it does not loop', async () => {
    setBody('<p>0917 123 4567</p>');
    start();
    await settle();
    expect(readText).toHaveBeenCalledTimes(1);
    await settle();
    expect(readText).toHaveBeenCalledTimes(1);
  });

  it('inserts no button before the whole page is read (then in as few slices as the budget allows)', async () => {
    setBody(Array.from({ length: 40 }, (_, index) => `<p>0917 100 ${1000 + index}</p>`).join(''));
    start({ budgetMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const slices: { read: number; marked: number }[] = [];
    while (scheduled.length > 0) {
      scheduled.shift()?.();
      slices.push({ read: readText.mock.calls.length, marked: marks().length });
    }
    expect(slices.filter((slice) => slice.marked > 0 && slice.read < 40)).toEqual([]);
    expect(slices.at(-1)).toEqual({ read: 40, marked: 40 });
  });

  it('inserts what it has once the oldest button waited long enough, on a page too long to read at once', async () => {
    setBody(Array.from({ length: 40 }, (_, index) => `<p>0917 100 ${1000 + index}</p>`).join(''));
    start({ budgetMs: 0, maxWaitMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const inserted: number[] = [];
    while (scheduled.length > 0) {
      scheduled.shift()?.();
      inserted.push(marks().length);
    }
    expect(inserted.some((count) => count > 0 && count < 40)).toBe(true);
    expect(inserted.at(-1)).toBe(40);
  });

  it('ignores a page script clicking the host', async () => {
    setBody('<p>0917 123 4567</p>');
    start();
    await settle();
    const host = document.querySelector('span[data-sms-to]') as HTMLElement;
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(activated).toEqual([]);
  });

  it('removes every button and stops watching when stopped', async () => {
    setBody('<p>0917 123 4567</p><p>0918 765 4321</p>');
    const running = start();
    await settle();
    expect(running.marked).toBe(2);
    running.stop();
    expect(marks()).toEqual([]);
    const item = document.createElement('p');
    item.textContent = '0919 222 3344';
    document.body.append(item);
    await settle();
    expect(marks()).toEqual([]);
  });
});
