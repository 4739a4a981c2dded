/**
 * Synthetic CRM list views for the benchmark: a Salesforce-like table with 9 cells a row. Each
 * row has one phone number in text, every third row a tel: link, and dates, amounts, ids, record
 * ids and postal codes (the traps) in the other cells. Deterministic: the same rows every run.
 */
/** Phone formats by country; `#` is filled from the row number so every row's number differs. */
const PHONES = [
  '0917 ### ####',
  '+63 918 ### ####',
  '(02) 8### ####',
  '+1 (415) 555-####',
  '+44 20 7946 #### ext. 12',
  '+254 712 ######',
  '0919-###-####',
  '+91 98765 #####',
  '+49 30 1#######',
  '0920#######',
];
const MOBILE_LINKS = ['tel:+639171234567', 'tel:+14155550199', 'sms:+639187654321'];
const DATES = [
  '2024-01-15',
  '01/15/2024',
  '15.01.2024 10:30',
  '20240115',
  'Jan 15, 2024',
  '2024-01-15T10:30:00Z',
];
const AMOUNTS = [
  '₱ 1,250,000.00',
  '$12,345,678.00',
  '€ 1.234.567,89',
  '1234567.50',
  'USD 1234567',
  '12345678%',
];
const REFERENCES = [
  'Case 00012345',
  'Order #10023456',
  'INV-2024-000123',
  'PO# 4500012345',
  'Version 10.0.19045.3693',
  'IP 192.168.100.200',
  '4111 1111 1111 1111',
  '978-0-306-40615-7',
];
const RECORD_IDS = [
  '0035g00000XyZabAAB',
  '00Q5g000001AbCdEAF',
  'a0B5g000004XyZ1EAK',
  '001000000000123AAA',
];
const POSTAL = ['94105-1234', '01310-100', 'SW1A 1AA', '1000'];
const NAMES = [
  'Maria Santos',
  'John Carter',
  'Amina Otieno',
  'Liam Murphy',
  'Priya Nair',
  'Hans Müller',
  'Sofia Reyes',
  'Yui Tanaka',
];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** The row's phone number: the format's `#` filled with digits of the row number, right-aligned. */
function phoneFor(index: number): string {
  const format = pick(PHONES, index);
  const slots = format.split('#').length - 1;
  const digits = String(index * 7919 + 1000)
    .padStart(slots, '0')
    .slice(-slots);
  let next = 0;
  return format.replace(/#/g, () => digits[next++] ?? '0');
}

/** The text and link values used, so the benchmark can check them with the detector first. */
export const BENCH_VALUES = {
  phones: (count: number): string[] => Array.from({ length: count }, (_, index) => phoneFor(index)),
  MOBILE_LINKS,
  TRAPS: [...DATES, ...AMOUNTS, ...REFERENCES, ...RECORD_IDS, ...POSTAL],
};

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One table row; `index` picks the values. */
export function rowHtml(index: number): string {
  const mobile =
    index % 3 === 0 ? `<a href="${pick(MOBILE_LINKS, index / 3)}">Call mobile</a>` : '—';
  const cells = [
    `<a href="/record/${index}">${escapeHtml(pick(NAMES, index))} ${index}</a>`,
    `Account ${index}`,
    escapeHtml(phoneFor(index)),
    mobile,
    `contact${index}@example.com`,
    escapeHtml(pick(DATES, index)),
    escapeHtml(pick(AMOUNTS, index)),
    escapeHtml(pick(REFERENCES, index)),
    `${escapeHtml(pick(RECORD_IDS, index))} · ${escapeHtml(pick(POSTAL, index))}`,
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/** How many buttons a page of `rows` rows must get: one phone a row, one link every third row. */
export function expectedMarks(rows: number): number {
  return rows + Math.ceil(rows / 3);
}

export function listPage(rows: number): string {
  const body: string[] = [];
  for (let index = 0; index < rows; index++) body.push(rowHtml(index));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Contacts (${rows}) | Salesforce</title>
<link rel="stylesheet" href="/crm.css"></head>
<body><main><section class="card"><header><h1>All Contacts · ${rows} items</h1></header>
<table class="slds-table"><thead><tr><th>Name</th><th>Account</th><th>Phone</th><th>Mobile</th><th>Email</th><th>Created</th><th>Amount</th><th>Reference</th><th>Record</th></tr></thead>
<tbody id="rows">${body.join('\n')}</tbody></table></section></main></body></html>`;
}
