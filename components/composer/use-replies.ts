import { useEffect, useState } from 'react';
import { repliesItem, type StoredReply, watchReplies } from '@/utils/conversations/reply-store';
import { sendMessage } from '@/utils/messaging/send-message';

/**
 * The stored replies, kept current while the composer is open. On opening, the background is
 * asked for a round at once, so a reply shows without waiting for the next alarm; `failed` says
 * that round (or reading the store) did not work.
 */
export function useReplies(): { replies: StoredReply[]; failed: boolean } {
  const [replies, setReplies] = useState<StoredReply[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let active = true;
    repliesItem.load().then(
      (stored) => active && setReplies(stored),
      () => active && setFailed(true),
    );
    const stop = watchReplies((stored) => {
      if (active) setReplies(stored);
    });
    sendMessage('checkReplies', {}).then(
      (round) => active && setFailed(round.failed),
      () => active && setFailed(true),
    );
    return () => {
      active = false;
      stop();
    };
  }, []);
  return { replies, failed };
}
