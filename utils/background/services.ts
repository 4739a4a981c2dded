import { DEFAULT_TIMEOUT_MS } from '@/utils/api/client';
import { buildClientFromSettings } from '@/utils/connection/build-client';
import { createOptOutService, type OptOutService } from '@/utils/consent/opt-out-service';
import { createReplyService, type ReplyService } from '@/utils/conversations/reply-service';
import { createMessageStore, type MessageStore } from '@/utils/outbox/message-store';
import { createSendService } from '@/utils/outbox/send-service';
import { type DueWorkOptions, runDueWork, type SendService } from './due-work';
import { showOutcomeNotification } from './outcome-notification';
import { wakeAt } from './wake-alarm';

/** What the background's listeners share; made once per worker start, inside its main. */
export type BackgroundServices = {
  messageStore: MessageStore;
  sendService: SendService;
  /** The opt-out list: fed by replies (STOP/START) and by delivery receipts. */
  optOuts: OptOutService;
  runDueWork(options?: DueWorkOptions): Promise<void>;
  replyService: ReplyService;
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
  // A STOP among new replies lands in the opt-out list before anything else can send to it.
  const replyService = createReplyService({
    messageStore,
    onNewReplies: async (replies) => {
      await optOuts.applyReplies(replies);
    },
  });
  return {
    messageStore,
    sendService,
    optOuts,
    replyService,
    runDueWork: (options = {}) => runDueWork(messageStore, sendService, options, optOuts),
  };
}
