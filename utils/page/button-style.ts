/**
 * The button's look, inside its closed shadow root. `!important` on :host wins over any page rule
 * aimed at the host (inner important rules beat outer ones), so a page cannot hide, stretch or
 * float it; the host is inline and one line high, so the text around it does not move vertically.
 */
export const BUTTON_CSS = `
:host {
  display: inline-block !important;
  position: static !important;
  float: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  mask: none !important;
  mix-blend-mode: normal !important;
  pointer-events: auto !important;
  width: 1.3em !important;
  height: 1em !important;
  margin: 0 0 0 0.2em !important;
  padding: 0 !important;
  border: 0 !important;
  line-height: 1 !important;
  vertical-align: -0.125em !important;
}
button {
  display: block;
  box-sizing: border-box;
  width: 100%;
  height: 100%;
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: 0.2em;
  background: transparent;
  color: #0b62c4;
  font: inherit;
  cursor: pointer;
  appearance: none;
}
/*
 * A speech bubble with three dots, drawn with two pseudo-elements in normal flow: nothing in the
 * button is positioned, because a positioned box gets a paint layer of its own, and a page with
 * a thousand buttons would then have thousands of layers for every hit test (each mouse move)
 * and every paint to go through.
 */
button::before {
  content: "";
  display: block;
  width: 76%;
  height: 66%;
  margin: 0.06em 0 0 12%;
  border-radius: 0.16em;
  background:
    radial-gradient(circle at 28% 50%, #fff 0.055em, transparent 0.07em),
    radial-gradient(circle at 50% 50%, #fff 0.055em, transparent 0.07em),
    radial-gradient(circle at 72% 50%, #fff 0.055em, transparent 0.07em),
    currentColor;
}
button::after {
  content: "";
  display: block;
  width: 0;
  height: 0;
  margin: -0.02em 0 0 24%;
  border-style: solid;
  border-width: 0.24em 0.24em 0 0;
  border-color: currentColor transparent transparent transparent;
}
button:hover { background-color: rgba(11, 98, 196, 0.14); }
button:focus-visible { outline: 2px solid #0b62c4; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { button { color: #5aa2f0; } }
@media (forced-colors: active) { button { color: ButtonText; forced-color-adjust: none; } }
@media print { :host { display: none !important; } }
`;

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/**
 * One shared constructed sheet per document: cheap for thousands of buttons and outside the page's
 * style-src CSP. Where a constructed sheet cannot be adopted (Firefox content scripts), a <style>
 * element with the same text is used.
 */
export function applyButtonStyle(shadow: ShadowRoot, document: Document): void {
  const sheet = sharedSheet(document);
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheets.set(document, null);
    }
  }
  const style = document.createElement('style');
  style.textContent = BUTTON_CSS;
  shadow.append(style);
}

function sharedSheet(document: Document): CSSStyleSheet | null {
  const known = sheets.get(document);
  if (known !== undefined) return known;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = document.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(BUTTON_CSS);
  } catch {
    sheet = null;
  }
  sheets.set(document, sheet);
  return sheet;
}
