/**
 * Elements whose text is never read: scripts and styles, code, form fields, embedded content.
 * Editable content is skipped by attribute below. (The extension's own hosts have no light-DOM text;
 * their buttons live in closed shadow roots the walker never enters.)
 */
export const SKIPPED_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
];

const SKIPPED = new Set(SKIPPED_ELEMENTS);

/** The same rules as one selector, for `closest()` on a changed node deep inside the page. */
export const SKIP_SELECTOR = [
  ...SKIPPED_ELEMENTS,
  '[contenteditable]:not([contenteditable="false" i])',
  '[role="textbox" i]',
].join(',');

export type ElementLike = {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttributes?(): boolean;
};

/** True when the element and everything inside it must be left alone. */
export function isSkippedElement(element: ElementLike): boolean {
  if (SKIPPED.has(element.localName)) return true;
  // Most elements of a CRM table have no attributes at all: one call instead of two.
  if (element.hasAttributes?.() === false) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return element.getAttribute('role')?.toLowerCase() === 'textbox';
}
