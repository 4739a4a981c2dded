/**
 * Buttons go right after the number's text node, or after the link, button or label holding it:
 * a button nested in a link would be invalid HTML and its click would follow the link. The
 * page's own text is never split or rewritten.
 */
const INTERACTIVE = 'a[href], button, label, summary, [role="button" i], [role="link" i]';

/** The node to insert a source's buttons after: a tel:/sms: link itself, or see above. */
export function insertionPoint(source: Node): ChildNode {
  if (source.nodeType !== Node.TEXT_NODE) return source as ChildNode;
  return source.parentElement?.closest(INTERACTIVE) ?? (source as Text);
}
