import { TargetWalker } from './walk-targets';

/** How far beyond the screen, in screens, "near" reaches (above and below). */
const NEAR_SCREENS = 1;
/** Siblings looked at on each side of one element on screen. */
const MAX_NEAR_SIBLINGS = 200;

/** Columns and row spacing of the hit-test grid laid over the viewport. */
const COLUMNS = [0.03, 0.2, 0.4, 0.6, 0.8, 0.97];
const ROW_SPACING_PX = 20;

/**
 * The page's elements the user can see now, found by hit-testing a grid over the viewport
 * (document.elementFromPoint): what to read first, so the numbers on screen get their buttons
 * before the rest of a long page is read. Each hit is widened to the smallest box around it that
 * is still a small part of the viewport (a table row, a card, a field), so a number in a narrow
 * cell between two grid columns is not missed. Cheap: a hundred hit-tests on a page already laid
 * out. Elements inside one another are given once (the outer one).
 *
 * A point inside a box already found is not hit-tested: what is there is read with that box. On a
 * long table each hit test walks the table's rows (a tenth of a millisecond per thousand), and a
 * row spans every column of the grid, so this leaves one hit test per line of the grid instead of
 * six. (Content laid over a found box, such as a fixed panel over a list, is missed by this pass;
 * the idle read and the next pass, after a scroll, read it.)
 */
export function visibleTargets(document: Document): Element[] {
  const view = document.defaultView;
  if (!view || typeof document.elementFromPoint !== 'function') return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  if (width <= 0 || height <= 0) return [];
  const found = new Set<Element>();
  const boxes: DOMRect[] = [];
  const widened = new Map<Element, Element | null>();
  for (let y = ROW_SPACING_PX / 2; y < height; y += ROW_SPACING_PX) {
    for (const column of COLUMNS) {
      const x = width * column;
      if (boxes.some((box) => x >= box.left && x < box.right && y >= box.top && y < box.bottom))
        continue;
      const hit = document.elementFromPoint(x, y);
      // The page's background: nothing there, and the whole body would not be "what is seen".
      if (!hit || hit === document.body || hit === document.documentElement) continue;
      let target = widened.get(hit);
      if (target === undefined) {
        target = widen(hit, height / 3);
        widened.set(hit, target);
        if (target) boxes.push(target.getBoundingClientRect());
      }
      if (target) found.add(target);
    }
  }
  return outermost(found);
}

/**
 * The siblings of the elements on screen that are within a screen above or below it: the rows
 * the user reaches with the next scroll, read before they are needed. Elements that are on screen
 * themselves are left out.
 */
export function nearTargets(onScreen: readonly Element[]): Element[] {
  const view = onScreen[0]?.ownerDocument.defaultView;
  if (!view) return [];
  const reach = view.innerHeight * NEAR_SCREENS;
  const seen = new Set(onScreen);
  const near: Element[] = [];
  for (const element of onScreen) {
    let next = element.nextElementSibling;
    for (let count = 0; next && count < MAX_NEAR_SIBLINGS; count++) {
      if (!seen.has(next)) {
        const box = next.getBoundingClientRect();
        // A sibling taller than the screen is a container (the table after its heading): its
        // visible part is found by the grid, the rest is not near.
        if (box.top > view.innerHeight + reach || box.height > view.innerHeight) break;
        seen.add(next);
        near.push(next);
      }
      next = next.nextElementSibling;
    }
    let previous = element.previousElementSibling;
    for (let count = 0; previous && count < MAX_NEAR_SIBLINGS; count++) {
      if (!seen.has(previous)) {
        const box = previous.getBoundingClientRect();
        if (box.bottom < -reach || box.height > view.innerHeight) break;
        seen.add(previous);
        near.push(previous);
      }
      previous = previous.previousElementSibling;
    }
  }
  return near;
}

/**
 * The largest ancestor of `element` no taller than `maxHeight` (and never the body); null when
 * the element itself is taller: a point on a container's background or padding, not on content
 * (reading it would read the whole page).
 */
function widen(element: Element, maxHeight: number): Element | null {
  const body = element.ownerDocument.body;
  if (element.getBoundingClientRect().height > maxHeight) return null;
  let current = element;
  for (
    let parent = current.parentElement;
    parent && parent !== body && parent.getBoundingClientRect().height <= maxHeight;
    parent = parent.parentElement
  ) {
    current = parent;
  }
  return current;
}

function outermost(elements: Set<Element>): Element[] {
  return [...elements].filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (elements.has(parent)) return false;
    }
    return true;
  });
}

/**
 * The first texts with digits and phone links of `root` in document order, at most `max`: what a
 * page loaded at its top shows, found without asking for its layout. Read before the page's first
 * frame, their buttons go into that frame, where on a long list a button inserted after it costs a
 * second layout of the whole list. A guess, made good after the first frame by the hit-test grid
 * (the page may be scrolled, or its start may be off screen).
 */
export function leadingTargets(root: Node, max: number): Node[] {
  const walker = new TargetWalker(root);
  const found: Node[] = [];
  for (let target = walker.next(); target && found.length < max; target = walker.next()) {
    if (target.kind === 'text' || target.kind === 'link') found.push(target.node);
  }
  return found;
}
