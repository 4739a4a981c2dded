// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertionPoint } from '@/utils/page/insertion-point';
import { MarkRegistry } from '@/utils/page/mark-registry';
import { PendingMarks } from '@/utils/page/pending-marks';
import { setBody } from './html';

let time = 0;
let registry: MarkRegistry<Node, HTMLElement>;
let pending: PendingMarks;

const host = (): HTMLElement => document.createElement('es-click-to-sms');

function insertAll(): void {
  const job = pending.insertJob();
  while (job.step());
}

beforeEach(() => {
  document.body.replaceChildren();
  time = 0;
  registry = new MarkRegistry<Node, HTMLElement>();
  pending = new PendingMarks(registry, () => time);
});

describe('PendingMarks', () => {
  it('holds buttons until inserted, and knows how long the oldest has waited', () => {
    setBody('<p>0917 123 4567</p><p>0918 765 4321</p>');
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    if (!first || !second) throw new Error('fixture');
    time = 100;
    pending.add(first, first.data, [host()]);
    time = 250;
    pending.add(second, second.data, [host()]);
    expect(pending.age()).toBe(150);
    expect(pending.has(first, '0917 123 4567')).toBe(true);
    expect(document.querySelectorAll('es-click-to-sms')).toHaveLength(0);
    insertAll();
    expect(pending.size).toBe(0);
    expect(pending.age()).toBe(0);
    expect([...document.querySelectorAll('p')].map((p) => p.lastChild?.nodeName)).toEqual([
      'ES-CLICK-TO-SMS',
      'ES-CLICK-TO-SMS',
    ]);
    expect(registry.isCurrent(first, '0917 123 4567')).toBe(true);
    expect(registry.size).toBe(2);
  });

  it('inserts one source per step, in the order found', () => {
    setBody('<p>a1</p><p>a2</p><p>a3</p>');
    for (const p of document.querySelectorAll('p'))
      pending.add(p.firstChild as Text, (p.firstChild as Text).data, [host()]);
    const job = pending.insertJob();
    expect(job.step()).toBe(true);
    expect(document.querySelectorAll('es-click-to-sms')).toHaveLength(1);
    expect(job.step()).toBe(true);
    expect(job.step()).toBe(false);
    expect(document.querySelectorAll('es-click-to-sms')).toHaveLength(3);
  });

  it('drops buttons for text that left the page or changed before insertion', () => {
    setBody('<p id="gone">0917 123 4567</p><p id="changed">0918 765 4321</p>');
    const gone = document.getElementById('gone')?.firstChild as Text;
    const changed = document.getElementById('changed')?.firstChild as Text;
    pending.add(gone, gone.data, [host()]);
    pending.add(changed, changed.data, [host()]);
    gone.remove();
    changed.data = 'n/a';
    insertAll();
    expect(document.querySelectorAll('es-click-to-sms')).toHaveLength(0);
    expect(registry.size).toBe(0);
  });

  it('inserts what the user sees first, then the rest in the order found (issue 19)', () => {
    setBody('<p>a1</p><p>a2</p><p>a3</p><p>a4</p>');
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    for (const text of texts.slice(0, 3)) pending.add(text, text.data, [host()]);
    expect(pending.urgent).toBe(false);
    // a3 and a2 were read in idle time and are now on screen; a4 is read on screen.
    pending.markSeen(texts[2] as Text);
    pending.markSeen(texts[1] as Text);
    pending.add(texts[3] as Text, 'a4', [host()], true);
    expect(pending.urgent).toBe(true);
    const job = pending.insertJob();
    const marked = (): string[] =>
      texts.filter((text) => text.nextSibling !== null).map((text) => text.data);
    const order: string[] = [];
    let more = true;
    while (more) {
      more = job.step();
      order.push(...marked().filter((data) => !order.includes(data)));
    }
    expect(order).toEqual(['a3', 'a2', 'a4', 'a1']);
    expect(pending.urgent).toBe(false);
  });

  it('keeps only the latest buttons for a source read twice', () => {
    setBody('<p>0917 123 4567</p>');
    const text = document.querySelector('p')?.firstChild as Text;
    pending.add(text, 'old', [host()]);
    pending.add(text, text.data, [host()]);
    expect(pending.size).toBe(1);
    expect(pending.has(text, 'old')).toBe(false);
    pending.drop(text);
    expect(pending.size).toBe(0);
  });
});

describe('insertionPoint', () => {
  it('is the text node itself in ordinary text', () => {
    setBody('<td><span>0917 123 4567</span></td>');
    const text = document.querySelector('span')?.firstChild as Text;
    expect(insertionPoint(text)).toBe(text);
  });

  it('is the link, button or label around the text, so the button is not nested in it', () => {
    setBody(
      '<a href="/x"><b>0917 123 4567</b></a><button>0917 123 4568</button><label>0917 123 4569</label><a>0917 123 4570</a>',
    );
    const texts = [...document.querySelectorAll('b, button, label, a:not([href])')].map(
      (element) => element.firstChild as Text,
    );
    expect(texts.map((text) => insertionPoint(text).nodeName)).toEqual([
      'A',
      'BUTTON',
      'LABEL',
      '#text',
    ]);
  });

  it('is the tel: link itself for a link', () => {
    setBody('<a href="tel:+639171234567">Call</a>');
    const link = document.querySelector('a') as HTMLAnchorElement;
    expect(insertionPoint(link)).toBe(link);
  });
});
