import { sendMessage } from '@/utils/messaging/send-message';
import type { PolicyView } from '@/utils/policy/managed-policy';

export type PagePolicy = { view: PolicyView; warnings: string[] };

export const NO_PAGE_POLICY: PagePolicy = { view: { hasApiKey: false }, warnings: [] };

/** For extension pages: the organization's policy as the background tells it (never its key); none if it cannot answer. */
export function fetchPolicy(): Promise<PagePolicy> {
  return sendMessage('getPolicy', {}).catch(() => NO_PAGE_POLICY);
}
