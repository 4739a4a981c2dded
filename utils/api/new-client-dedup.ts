/**
 * A fresh clientDedup for a NEW message. Retries of the same message must reuse the value they
 * started with: that is what keeps engageSPARK from sending it twice.
 */
export function newClientDedup(): string {
  return crypto.randomUUID();
}
