/** A button smaller than this (CSS pixels, either side) is a speck nobody can be said to see. */
const MIN_SIDE_PX = 6;

/**
 * `hidden`: something in the styles keeps the user from seeing the button. `unknown`: a frame of
 * another origin holds this document, and its styles (an `opacity: 0` on the frame) cannot be read.
 */
export type StyleVerdict = 'visible' | 'hidden' | 'unknown';

type StyleLike = Pick<
  CSSStyleDeclaration,
  'opacity' | 'filter' | 'mixBlendMode' | 'getPropertyValue'
>;

/**
 * Whether the button's own styles and those of everything it is drawn inside let it be seen: no
 * `visibility: hidden`, and every element up to the top of this document (and through the frame
 * elements of same-origin parents) fully opaque, unfiltered, unmasked and blended normally. These
 * are the effects IntersectionObserver v2 refuses too; each one alone can make a button invisible
 * (`filter: opacity(0)`, `opacity: 0.001`, a transparent `mask-image`, `mix-blend-mode: screen` on
 * white) while it still takes clicks. Computed on a click only, never while the page is read.
 */
export function styleVerdict(host: Element): StyleVerdict {
  const seen =
    host.checkVisibility?.({
      opacityProperty: true,
      visibilityProperty: true,
      contentVisibilityAuto: true,
    }) ?? true;
  if (!seen) return 'hidden';
  const box = host.getBoundingClientRect();
  if (box.width < MIN_SIDE_PX || box.height < MIN_SIDE_PX) return 'hidden';
  let element: Element | null = host;
  while (element) {
    const view: Window | null = element.ownerDocument.defaultView;
    if (!view || hidesContent(view.getComputedStyle(element))) return 'hidden';
    const parent = renderedParent(element);
    if (parent) {
      element = parent;
      continue;
    }
    if (view.parent === view) return 'visible';
    // Null when the parent is of another origin: what it does to the frame cannot be known here.
    element = view.frameElement;
    if (!element) return 'unknown';
  }
  return 'visible';
}

function hidesContent(style: StyleLike): boolean {
  return (
    Number.parseFloat(style.opacity) < 1 ||
    isSet(style.filter, 'none') ||
    isSet(style.mixBlendMode, 'normal') ||
    isSet(style.getPropertyValue('mask-image'), 'none') ||
    isSet(style.getPropertyValue('-webkit-mask-image'), 'none')
  );
}

/** An empty value is a property the browser does not know (an older engine): nothing set. */
function isSet(value: string, neutral: string): boolean {
  return value !== '' && value !== neutral;
}

/** The element this one is drawn inside: its slot, its parent, or the host of its shadow root. */
function renderedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}
