import { DEFAULT_TIMEOUT_MS } from '@/utils/api/client';
import { buildClientFromSettings } from '@/utils/connection/build-client';
import { createOptOutService, type OptOutService } from '@/utils/consent/opt-out-service';
import { createMessageStore, type MessageStore } from '@/utils/outbox/message-store';
import { createSendService } from '@/utils/outbox/send-service';
import { type DueWorkOptions, runDueWork, type SendService } from './due-work';
import { showOutcomeNotification } from './outcome-notification';
import { wakeAt } from './wake-alarm';

/** What the background's listeners share; made once per worker start, inside its main. */
export type BackgroundServices = {
  messageStore: MessageStore;
  sendService: SendService;
  /** The opt-out list; the conversations poller hands it replies (`optOuts.applyReplies`). */
  optOuts: OptOutService;
  runDueWork(options?: DueWorkOptions): Promise<void>;
};

export function createServices(): BackgroundServices {
  const messageStore = createMessageStore();
  const optOuts = createOptOutService({ now: Date.now });
  const sendService = createSendService({
    store: messageStore,
    now: Date.now,
    connect: buildClientFromSettings,
    wakeAt: (at) => void wakeAt(at),
    onFinished: (record) => void showOutcomeNotification(record),
    requestTimeoutMs: DEFAULT_TIMEOUT_MS,
    optOuts,
  });
  return {
    messageStore,
    sendService,
    optOuts,
    runDueWork: (options = {}) => runDueWork(messageStore, sendService, options, optOuts),
  };
}
