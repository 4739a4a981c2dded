import { browser } from 'wxt/browser';
import { buildClientFromSettings } from '@/utils/connection/build-client';
import { lookUpContact } from '@/utils/contacts/look-up-contact';
import type { MessageStore } from '@/utils/outbox/message-store';
import { formatDigitsForDisplay } from '@/utils/phone/format-digits-for-display';
import { pollStateItem } from './poll-state';
import { showUnreadBadge } from './reply-badge';
import { parseReplyNotificationId, showReplyNotifications } from './reply-notification';
import { MAX_BACKOFF_MS, POLL_INTERVAL_MS, type PollRound, pollReplies } from './reply-poller';
import { createReplyStore, type InboundReply, unreadCount } from './reply-store';

export const REPLY_ALARM = 'reply-poll';

export type ReplyService = {
  /** One round now (the alarm, or a composer that opens), then the next alarm. */
  poll(): Promise<PollRound>;
  /** After a send: the next round within a minute, whatever the backoff said. */
  wakeSoon(): Promise<void>;
  /** At worker start: the badge as stored, and an alarm if none is set. */
  start(): Promise<void>;
  /** The conversation was opened: its replies are read, the badge lowers. */
  markRead(from: string): Promise<number>;
};

type ReplyServiceOptions = {
  messageStore: MessageStore;
  /** Subscribers to new replies (e.g. a consent guard); called after they are stored. */
  onNewReplies?: (replies: readonly InboundReply[]) => Promise<void>;
};

export function createReplyService({
  messageStore,
  onNewReplies,
}: ReplyServiceOptions): ReplyService {
  const replies = createReplyStore();
  // Calls that come while a round runs share it (the alarm and a composer opening together).
  let running: Promise<PollRound> | undefined;

  const runRound = async (): Promise<PollRound> => {
    const round = await pollReplies({
      connect: buildClientFromSettings,
      records: () => messageStore.list(),
      replies,
      loadState: () => pollStateItem.load(),
      saveState: (state) => pollStateItem.save(state),
      now: Date.now,
      onNewReplies,
    }).catch(
      // The poller does not throw; storage can (a full disk, a closed database). The next round
      // is still scheduled, so one bad moment never stops replies for good.
      (): PollRound => ({
        nextInMs: MAX_BACKOFF_MS,
        failure: { kind: 'network', detail: 'the reply store could not be read' },
        added: [],
      }),
    );
    await scheduleIn(round.nextInMs);
    if (round.added.length > 0) {
      await showUnreadBadge(unreadCount(await replies.list()));
      await showReplyNotifications(round.added, nameOf).catch(() => undefined);
    }
    return round;
  };

  return {
    poll() {
      if (running !== undefined) return running;
      running = runRound().finally(() => {
        running = undefined;
      });
      return running;
    },
    async wakeSoon() {
      const alarm = await browser.alarms.get(REPLY_ALARM);
      if (alarm && alarm.scheduledTime <= Date.now() + POLL_INTERVAL_MS) return;
      await scheduleIn(POLL_INTERVAL_MS);
    },
    async start() {
      await showUnreadBadge(unreadCount(await replies.list()));
      if (!(await browser.alarms.get(REPLY_ALARM))) await scheduleIn(POLL_INTERVAL_MS);
    },
    async markRead(from) {
      const unread = await replies.markRead(from);
      await showUnreadBadge(unread);
      await clearNotificationsOf(from);
      return unread;
    },
  };
}

async function scheduleIn(ms: number): Promise<void> {
  await browser.alarms.create(REPLY_ALARM, { when: Date.now() + Math.max(ms, 1_000) });
}

/** The contact's name when engageSPARK knows one, else the number as people read it. */
async function nameOf(from: string): Promise<string> {
  const contact = await lookUpContact({ to: from }, 'contact');
  return contact.kind === 'contact' ? contact.name : formatDigitsForDisplay(from);
}

async function clearNotificationsOf(from: string): Promise<void> {
  const shown = await browser.notifications.getAll();
  const ids = Object.keys(shown).filter((id) => parseReplyNotificationId(id) === from);
  await Promise.all(ids.map((id) => browser.notifications.clear(id)));
}
