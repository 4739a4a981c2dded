import { senderIdSchema } from '@/utils/settings/settings-schema';

export type SenderCheck = { ok: true; from: string } | { ok: false; message: string };

/** Blank is fine: engageSPARK then uses the organization's default sender. */
export function checkSender(from: string): SenderCheck {
  const parsed = senderIdSchema.safeParse(from);
  if (parsed.success) return { ok: true, from: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'This sender ID is not valid.' };
}
