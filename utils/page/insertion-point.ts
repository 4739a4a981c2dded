/**
 * Buttons go right after the number's text node, or after the link, button or label holding it:
 * a button nested in a link would be invalid HTML and its click would follow the link. The
 * page's own text is never split or rewritten. A number split across elements
 * ("<b>0917</b>-555-0123") gets its button after the node where it ends.
 */
const INTERACTIVE = 'a[href], button, label, summary, [role="button" i], [role="link" i]';

/** The node to insert a source's buttons after: a tel:/sms: link itself, or see above. */
export function insertionPoint(source: Node): ChildNode {
  if (source.nodeType !== Node.TEXT_NODE) return source as ChildNode;
  return source.parentElement?.closest(INTERACTIVE) ?? (source as Text);
}

const places = new WeakMap<Element, ChildNode>();

/** Records where a button made now is to go when the buttons are inserted. */
export function placeAfter(host: Element, node: ChildNode): void {
  places.set(host, node);
}

/**
 * Inserts a source's buttons, each after its recorded place (else after the source's insertion
 * point); buttons for the same place keep their order.
 */
export function insertHosts(source: Node, hosts: readonly Element[]): void {
  let previous: Element | undefined;
  let previousPlace: ChildNode | undefined;
  for (const host of hosts) {
    const place = places.get(host) ?? insertionPoint(source);
    if (previous && place === previousPlace) previous.after(host);
    else place.after(host);
    previous = host;
    previousPlace = place;
  }
}
