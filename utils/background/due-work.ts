import { buildClientFromSettings } from '@/utils/connection/build-client';
import { pollDeliveries } from '@/utils/outbox/delivery-tracker';
import type { MessageStore } from '@/utils/outbox/message-store';
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
): Promise<void> {
  await sendService.processDue(options);
  const connection = await buildClientFromSettings();
  const dueBy = Date.now() + (options.deliveriesDueWithinMs ?? 0);
  if ('api' in connection) await pollDeliveries(messageStore, connection.api, Date.now, dueBy);
  await sendService.scheduleNextWake();
}
