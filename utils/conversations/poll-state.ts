import { z } from 'zod';
import { extensionDbArea } from '@/utils/storage/storage-area';
import { defineStoredItem } from '@/utils/storage/stored-item';

/**
 * Where the reply poller stands between rounds (and worker starts):
 *  cursor   → the `startDate` of the next request: the newest inbound message seen so far
 *  after    → the API's `nextPage` while older pages of the same window are still to read
 *  pending  → the newest time seen while those pages are read; it becomes the cursor after them
 *  seenIds  → the ids seen at the cursor, which `startDate` (>=) returns again
 *  failures → rounds failed in a row, for the backoff
 *  retryAt  → after a failure, no request before this time (epoch ms), whoever asks
 */
export type PollState = {
  cursor?: string;
  after?: string;
  pending?: string;
  seenIds: string[];
  failures: number;
  retryAt?: number;
};

/** Enough to cover every message at the cursor's time and a page of overlap. */
export const MAX_SEEN_IDS = 300;

const pollStateSchema = z.object({
  cursor: z.iso.datetime({ offset: true }).optional(),
  after: z.string().max(500).optional(),
  pending: z.iso.datetime({ offset: true }).optional(),
  seenIds: z.array(z.string().max(128)).max(MAX_SEEN_IDS),
  failures: z.number().int().min(0).max(1000),
  retryAt: z.number().optional(),
});

export const INITIAL_POLL_STATE: PollState = { seenIds: [], failures: 0 };

export const pollStateItem = defineStoredItem<PollState>({
  area: extensionDbArea('replyPoll'),
  schema: pollStateSchema,
  fallback: INITIAL_POLL_STATE,
});
