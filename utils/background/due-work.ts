import { buildClientFromSettings } from '@/utils/connection/build-client';
import type { OptOutService } from '@/utils/consent/opt-out-service';
import { pollDeliveries } from '@/utils/outbox/delivery-tracker';
import type { MessageStore } from '@/utils/outbox/message-store';
import { recordDigits } from '@/utils/outbox/same-recipient';
import type { createSendService } from '@/utils/outbox/send-service';

export type SendService = ReturnType<typeof createSendService>;
export type DueWorkOptions = { startup?: boolean; deliveriesDueWithinMs?: number };

/**
 * One alarm drives retries, held messages and delivery receipts alike: the sends that are due,
 * then the receipts due by now (or within `deliveriesDueWithinMs`), then the next wake.
 */
export async function runDueWork(
  messageStore: MessageStore,
  sendService: SendService,
  options: DueWorkOptions = {},
  optOuts?: Pick<OptOutService, 'applyReceiptErrors'>,
): Promise<void> {
  await sendService.processDue(options);
  const connection = await buildClientFromSettings();
  const dueBy = Date.now() + (options.deliveriesDueWithinMs ?? 0);
  if ('api' in connection) await pollDeliveries(messageStore, connection.api, Date.now, dueBy);
  if (optOuts) await optOuts.applyReceiptErrors(await receiptErrors(messageStore));
  await sendService.scheduleNextWake();
}

/**
 * Every receipt error in the history, for the opt-out list to read: it reads each message's
 * receipt once (by id) and keeps only the errors that mean an opt-out (delivery-opt-out.ts).
 */
async function receiptErrors(messageStore: MessageStore) {
  return (await messageStore.list()).flatMap((record) => {
    const number = recordDigits(record);
    return record.deliveryError && number
      ? [{ recordId: record.id, number, deliveryError: record.deliveryError }]
      : [];
  });
}
