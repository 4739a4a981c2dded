/**
 * Test pages from HTML literals, parsed with DOMParser and moved into the document (the lint rule
 * against building HTML from strings is for the extension's own code; these strings are fixtures).
 */
export function nodesFrom(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => document.adoptNode(node));
}

/** Replaces the document's body content with the given HTML. */
export function setBody(html: string): void {
  document.body.replaceChildren(...nodesFrom(html));
}
