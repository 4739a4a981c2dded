/**
 * Message ids look like the real ones, e.g. `SMS20190723T154425-1234-0123`: the UTC send time to the
 * second, the organization id, then a 4-digit counter (wrapping at 10000) that keeps ids unique
 * within the same second.
 */
export function formatMessageId(sentAt: number, orgId: number, counter: number): string {
  const stamp = new Date(sentAt)
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:]/g, '');
  const serial = String(counter % 10_000).padStart(4, '0');
  return `SMS${stamp}-${orgId}-${serial}`;
}
