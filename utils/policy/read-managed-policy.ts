import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type ReadPolicy } from './managed-policy';

/**
 * Background only: the policy holds the managed API key. Read afresh on every use, so a policy
 * change (storage.onChanged for "managed") applies at the next send without a restart. Firefox
 * rejects the read when no policy names the extension, Chrome answers {}: both mean no policy.
 */
export async function readManagedPolicy(): Promise<ReadPolicy> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return NO_POLICY;
  }
}
