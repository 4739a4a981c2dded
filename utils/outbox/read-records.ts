import { capText } from '@/utils/api/cap-answer-text';
import { type MessageRecord, messageRecordSchema } from './message-record';

/**
 * Validates each stored record on its own, so one damaged entry cannot take the others with it,
 * and cuts the texts that came from an answer to MAX_ANSWER_TEXT (records written before the
 * cap, or moved from storage.local, may hold a whole error page).
 */
export function readRecords(stored: unknown): MessageRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = messageRecordSchema.safeParse(value);
    return parsed.success ? [boundRecord(parsed.data)] : [];
  });
}

function boundRecord(record: MessageRecord): MessageRecord {
  const { problem, deliveryError } = record;
  return {
    ...record,
    ...(problem && {
      problem: {
        kind: capText(problem.kind, 40),
        title: capText(problem.title),
        detail: capText(problem.detail),
      },
    }),
    ...(deliveryError !== undefined && { deliveryError: capText(deliveryError) }),
  };
}
