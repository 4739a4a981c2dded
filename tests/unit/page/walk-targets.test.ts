// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isInsideSkipped } from '@/utils/page/inside-skipped';
import { type PageTarget, TargetWalker } from '@/utils/page/walk-targets';
import { nodesFrom, setBody } from './html';

function walk(root: Node): PageTarget[] {
  const walker = new TargetWalker(root);
  const targets: PageTarget[] = [];
  for (let target = walker.next(); target; target = walker.next()) targets.push(target);
  return targets;
}

function describeTargets(targets: PageTarget[]): string[] {
  return targets.map((target) => {
    if (target.kind === 'text') return `text:${target.node.data.trim()}`;
    if (target.kind === 'link') return `link:${target.href}`;
    if (target.kind === 'unshadowed') return `unshadowed:${target.element.localName}`;
    return `shadow:${target.root.host.localName}`;
  });
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('TargetWalker', () => {
  it('hands on text with digits and passes over text without', () => {
    setBody('<p>Maria Santos</p><p>0917 123 4567</p><div><span>2024-01-15</span></div>');
    expect(describeTargets(walk(document.body))).toEqual(['text:0917 123 4567', 'text:2024-01-15']);
  });

  it('never enters scripts, styles, code, form fields, editable content', () => {
    setBody(`
      <script>var tel = "0917 000 0001";</script>
      <style>/* 0917 000 0002 */</style>
      <noscript>0917 000 0003</noscript>
      <pre>0917 000 0004</pre>
      <p><code>0917 000 0005</code> and <kbd>0917 000 0006</kbd></p>
      <textarea>0917 000 0007</textarea>
      <select><option>0917 000 0008</option></select>
      <div contenteditable="true">0917 000 0009<p>0917 000 0010</p></div>
      <div contenteditable="">0917 000 0011</div>
      <div role="textbox">0917 000 0012</div>
      <template><p>0917 000 0014</p></template>
      <p>0917 000 0015</p>`);
    expect(describeTargets(walk(document.body))).toEqual(['text:0917 000 0015']);
  });

  it('reads a read-only island inside nothing editable, and text after a skipped element', () => {
    setBody('<div contenteditable="false">0917 000 0020</div><pre>x</pre>0917 000 0021');
    expect(describeTargets(walk(document.body))).toEqual([
      'text:0917 000 0020',
      'text:0917 000 0021',
    ]);
  });

  it('hands on tel: and sms: links whole, without their text', () => {
    setBody(
      '<a href="tel:+639171234567">0917 123 4567</a><a href="sms:+14155550132">Text</a><a href="/x">0917 000 0030</a>',
    );
    expect(describeTargets(walk(document.body))).toEqual([
      'link:tel:+639171234567',
      'link:sms:+14155550132',
      'text:0917 000 0030',
    ]);
  });

  it('reports open shadow roots and still walks the host’s light children', () => {
    const host = document.createElement('record-field');
    host.attachShadow({ mode: 'open' }).append(...nodesFrom('<span>0917 000 0040</span>'));
    host.append('0917 000 0041');
    document.body.append(host);
    const targets = walk(document.body);
    expect(describeTargets(targets)).toEqual(['shadow:record-field', 'text:0917 000 0041']);
    const shadow = targets[0];
    if (shadow?.kind !== 'shadow') throw new Error('expected a shadow root');
    expect(describeTargets(walk(shadow.root))).toEqual(['text:0917 000 0040']);
  });

  it('finds shadow roots on the built-in elements that can have one', () => {
    for (const name of ['div', 'span', 'section', 'p']) {
      const host = document.createElement(name);
      host.attachShadow({ mode: 'open' }).append('0917 000 0045');
      document.body.append(host);
    }
    expect(describeTargets(walk(document.body))).toEqual([
      'shadow:div',
      'shadow:span',
      'shadow:section',
      'shadow:p',
    ]);
  });

  it('does not see closed shadow roots', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(...nodesFrom('<span>0917 000 0050</span>'));
    document.body.append(host);
    expect(walk(document.body)).toEqual([]);
  });

  it('walks a single text node, and nothing under a skipped root', () => {
    const text = document.createTextNode('0917 000 0060');
    document.body.append(text);
    expect(describeTargets(walk(text))).toEqual(['text:0917 000 0060']);
    const pre = document.createElement('pre');
    pre.textContent = '0917 000 0061';
    document.body.append(pre);
    expect(walk(pre)).toEqual([]);
  });
});

describe('isInsideSkipped', () => {
  it('looks up through ancestors and through shadow roots', () => {
    setBody(
      '<div contenteditable="true"><p><b id="deep">x</b></p><x-field id="host"></x-field></div><p id="free">y</p>',
    );
    const host = document.getElementById('host') as HTMLElement;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(isInsideSkipped(document.getElementById('deep') as HTMLElement)).toBe(true);
    expect(isInsideSkipped(inner)).toBe(true);
    expect(isInsideSkipped(document.getElementById('free')?.firstChild as Node)).toBe(false);
  });
});
