import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { formatMicro } from '@/utils/format/format-micro';
import type { MessageRecord, Recipient } from '@/utils/outbox/message-record';
import { isSameRecipient, recordDigits } from '@/utils/outbox/same-recipient';

export type CostEstimate =
  | { known: true; micro: number; perPartMicro: number; display: string }
  | { known: false };

/** "63" for a Philippine number: prices are per destination country. */
export function callingCodeOf(digits: string): string | undefined {
  return parsePhoneNumberFromString(`+${digits}`)?.countryCallingCode;
}

function pricePerPart(record: MessageRecord): number | undefined {
  return record.status === 'sent' && record.estimateMicro !== undefined && record.estimateMicro > 0
    ? record.estimateMicro
    : undefined;
}

/**
 * engageSPARK only tells a price after a send (estimateMicro is per part), so the last price paid
 * for the same country — or, for a contact, the same contact — is the best guess there is.
 */
export function lastPricePerPart(
  records: readonly MessageRecord[],
  recipient: Recipient,
): number | undefined {
  const callingCode = 'to' in recipient ? callingCodeOf(recipient.to) : undefined;
  const matches = (record: MessageRecord): boolean => {
    if ('contactId' in recipient) return isSameRecipient(record, recipient);
    const digits = recordDigits(record);
    return (
      callingCode !== undefined && digits !== undefined && callingCodeOf(digits) === callingCode
    );
  };
  const newest = [...records].sort((a, b) => (b.sentAt ?? b.updatedAt) - (a.sentAt ?? a.updatedAt));
  for (const record of newest) {
    const price = pricePerPart(record);
    if (price !== undefined && matches(record)) return price;
  }
  return undefined;
}

export function estimateCost(
  parts: number,
  recipient: Recipient | undefined,
  records: readonly MessageRecord[],
): CostEstimate {
  if (parts === 0 || recipient === undefined) return { known: false };
  const perPartMicro = lastPricePerPart(records, recipient);
  if (perPartMicro === undefined) return { known: false };
  const micro = parts * perPartMicro;
  return { known: true, micro, perPartMicro, display: formatMicro(micro) };
}
