import { isPhoneHref } from '@/utils/detect/phone-href';
import { isOwnHost } from './host-tag';
import { isSkippedElement } from './skip-rules';

/**
 * Elements that flow inside a line of text: a number can be split across them
 * ("<b>0917</b>-555-0123", "<span>+1</span> <span>(212) 278-0100</span>", a search <mark>).
 * Custom elements are inline too unless they render their own shadow root.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
]);

/** Text nodes taken on each side of the one read: a line of text, not a whole e-mail. */
const MAX_NODES_EACH_WAY = 24;
/** Characters read in one step; no real field comes near (see scan-job.ts). */
export const MAX_RUN_LENGTH = 10_000;

/**
 * One line of text as people read it: the text nodes of one block joined across inline elements,
 * ended by a block, a <br>, a skipped element (code, a form field) or a tel: link. `starts[i]` is
 * where `nodes[i]` begins in `text`; `text` is the nodes' text joined as is.
 */
export type TextRun = { nodes: Text[]; text: string; starts: number[] };

type Kind = 'inline' | 'boundary' | 'ignore';

// Node's constants, also where no DOM is loaded (the mutation feed's unit tests).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

function kindOf(element: Element): Kind {
  // The extension's own buttons and <wbr> hold no text and do not break a line.
  if (isOwnHost(element) || element.localName === 'wbr') return 'ignore';
  if (isSkippedElement(element)) return 'boundary';
  const name = element.localName;
  if (INLINE.has(name))
    return name === 'a' && isPhoneHref(element.getAttribute('href')) ? 'boundary' : 'inline';
  return name.includes('-') && !element.shadowRoot ? 'inline' : 'boundary';
}

function isInline(node: Node | null): node is Element {
  return node?.nodeType === ELEMENT_NODE && kindOf(node as Element) === 'inline';
}

type Direction = { sibling: 'previousSibling' | 'nextSibling'; child: 'lastChild' | 'firstChild' };
const BACKWARD: Direction = { sibling: 'previousSibling', child: 'lastChild' };
const FORWARD: Direction = { sibling: 'nextSibling', child: 'firstChild' };

/** The next text node of the same line in one direction, or null at the line's end. */
function adjacentText(from: Node, way: Direction): Text | null {
  let current: Node = from;
  for (;;) {
    const sibling: Node | null = current[way.sibling];
    if (!sibling) {
      const parent = current.parentNode;
      if (!isInline(parent)) return null;
      current = parent;
      continue;
    }
    current = sibling;
    // Into inline elements, down to the nearest text on this side.
    for (;;) {
      if (current.nodeType === TEXT_NODE) return current as Text;
      if (current.nodeType !== ELEMENT_NODE) break; // a comment: step over it
      const kind = kindOf(current as Element);
      if (kind === 'boundary') return null;
      const child = kind === 'inline' ? current[way.child] : null;
      if (!child) break;
      current = child;
    }
  }
}

const runNodes = new WeakMap<Text, Text[]>();

/** The line of text `node` is in (see TextRun). */
export function readRun(node: Text): TextRun {
  const nodes: Text[] = [];
  let length = node.data.length;
  for (let text = adjacentText(node, BACKWARD); text; text = adjacentText(text, BACKWARD)) {
    if (nodes.length >= MAX_NODES_EACH_WAY || length >= MAX_RUN_LENGTH) break;
    nodes.push(text);
    length += text.data.length;
  }
  nodes.reverse();
  const before = nodes.length;
  nodes.push(node);
  for (let text = adjacentText(node, FORWARD); text; text = adjacentText(text, FORWARD)) {
    if (nodes.length - before > MAX_NODES_EACH_WAY || length >= MAX_RUN_LENGTH) break;
    nodes.push(text);
    length += text.data.length;
  }
  return joinRun(nodes);
}

function joinRun(nodes: Text[]): TextRun {
  if (nodes.length === 1) {
    const data = (nodes[0] as Text).data;
    return {
      nodes,
      text: data.length > MAX_RUN_LENGTH ? data.slice(0, MAX_RUN_LENGTH) : data,
      starts: [0],
    };
  }
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { nodes, text: text.slice(0, MAX_RUN_LENGTH), starts };
}

/** The node that holds the character at `offset` of the run's text. */
export function nodeAt(run: TextRun, offset: number): Text {
  let index = run.starts.length - 1;
  while (index > 0 && (run.starts[index] as number) > offset) index--;
  return run.nodes[index] as Text;
}

/** Remembers which nodes a run read under its first node was made of (see isRunUnchanged). */
export function rememberRun(run: TextRun): void {
  const [first] = run.nodes;
  if (!first) return;
  if (run.nodes.length > 1) runNodes.set(first, run.nodes);
  else runNodes.delete(first);
}

/** True when the run read under `first` still has the text `key`: its buttons may go in. */
export function isRunUnchanged(first: Text, key: string): boolean {
  const nodes = runNodes.get(first);
  if (!nodes) return first.data === key || first.data.slice(0, MAX_RUN_LENGTH) === key;
  if (!nodes.every((node) => node.isConnected)) return false;
  return joinRun(nodes).text === key;
}

/** True for a node whose adding or removing can join or split a line of text around it. */
export function isInlineLevel(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return true;
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  return element.localName === 'br' || kindOf(element) !== 'boundary';
}

/** The element a run's line belongs to: its nearest ancestor that is not inline (a shadow root's host). */
export function blockOf(node: Node): Element | undefined {
  let current = node.parentNode;
  while (isInline(current)) current = current.parentNode;
  if (current?.nodeType === DOCUMENT_FRAGMENT_NODE) return (current as ShadowRoot).host;
  return current?.nodeType === ELEMENT_NODE ? (current as Element) : undefined;
}
