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
 */
export function visibleTargets(document: Document): Element[] {
  const view = document.defaultView;
  if (!view || typeof document.elementFromPoint !== 'function') return [];
  const width = view.innerWidth;
  const height = view.innerHeight;
  if (width <= 0 || height <= 0) return [];
  const found = new Set<Element>();
  const widened = new Map<Element, Element>();
  for (let y = ROW_SPACING_PX / 2; y < height; y += ROW_SPACING_PX) {
    for (const column of COLUMNS) {
      const hit = document.elementFromPoint(width * column, y);
      // The page's background: nothing there, and the whole body would not be "what is seen".
      if (!hit || hit === document.body || hit === document.documentElement) continue;
      let target = widened.get(hit);
      if (!target) {
        target = widen(hit, height / 3);
        widened.set(hit, target);
      }
      found.add(target);
    }
  }
  return outermost(found);
}

/** The largest ancestor of `element` no taller than `maxHeight` (and never the body). */
function widen(element: Element, maxHeight: number): Element {
  const body = element.ownerDocument.body;
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
