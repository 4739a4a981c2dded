import { blockOf } from './text-runs';

/** A label is a few words; a longer neighbour is content, not the field's label. */
const MAX_LABEL_LENGTH = 60;
/** How far up from the value's block a label is looked for (value, control, form element). */
const LEVELS = 3;

/**
 * The label the page shows for the field whose value `node` is in: the column header of a table
 * cell or grid cell, else the text of the nearest element just before the value's block or one
 * of its first few ancestors ("<dt>Record ID</dt><dd>…", Lightning's form-element label, HubSpot's
 * property label). Read only for a number with no words before it, so rarely.
 */
export function fieldLabel(node: Node): string | undefined {
  const block = blockOf(node);
  if (!block) return undefined;
  const header = columnHeader(block);
  if (header !== undefined) return header;
  let current: Element | null = block;
  for (let level = 0; current && level < LEVELS; level++) {
    const before = current.previousElementSibling;
    if (before) return shortText(before);
    current = parentOrHost(current);
  }
  return undefined;
}

function columnHeader(block: Element): string | undefined {
  const cell = block.closest('td, th, [role="gridcell" i], [role="cell" i]');
  if (!cell) return undefined;
  const column = cell.getAttribute('aria-colindex');
  if (column !== null) {
    const grid = cell.closest('[role="grid" i], [role="treegrid" i], [role="table" i]');
    const header = grid?.querySelector(
      `[role="columnheader" i][aria-colindex="${CSS.escape(column)}"]`,
    );
    return header ? shortText(header) : undefined;
  }
  const row = cell.parentElement;
  const table = cell.closest('table');
  const headerRow = table && headerRowOf(table);
  if (!row || !headerRow || row === headerRow) return undefined;
  const header = headerRow.children[[...row.children].indexOf(cell)];
  return header ? shortText(header) : undefined;
}

const headerRows = new WeakMap<Element, Element>();

/** A table's header row, remembered: every phone cell of a long list asks for it. */
function headerRowOf(table: Element): Element | null {
  const known = headerRows.get(table);
  if (known?.parentElement?.parentElement === table) return known;
  const row = table.querySelector(':scope > thead > tr');
  if (row) headerRows.set(table, row);
  return row;
}

function shortText(element: Element): string | undefined {
  const text = element.textContent?.trim() ?? '';
  return text.length > 0 && text.length <= MAX_LABEL_LENGTH ? text : undefined;
}

function parentOrHost(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : null;
}
