import { capAnswerText, capText } from '@/utils/api/transport/cap-answer-text';
import { upgradeLegacyRecord } from './legacy-problem';
import { type MessageRecord, messageRecordSchema } from './message-record';

/**
 * Validates each stored record on its own, so one damaged entry cannot take the others with it,
 * reads a record of an earlier version into today's shape (legacy-problem.ts), and cuts the
 * texts that came from an answer to MAX_ANSWER_TEXT (records written before the cap, or moved
 * from storage.local, may hold a whole error page).
 */
export function readRecords(stored: unknown): MessageRecord[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value) => {
    const parsed = messageRecordSchema.safeParse(upgradeLegacyRecord(value));
    return parsed.success ? [boundRecord(parsed.data)] : [];
  });
}

function boundRecord(record: MessageRecord): MessageRecord {
  const { failure, deliveryError } = record;
  return {
    ...record,
    ...(failure && { failure: capAnswerText(failure) }),
    ...(deliveryError !== undefined && { deliveryError: capText(deliveryError) }),
  };
}
