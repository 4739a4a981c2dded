import type { Failure } from '@/utils/failure/failure';
import type { OptOut } from './opt-out-store';

export type OptedOutFailure = Extract<Failure, { kind: 'opted-out' }>;

/** An opt-out as the failure code the outbox stores (describe-failure.ts has its words). */
export function optedOutFailure(optOut: OptOut): OptedOutFailure {
  return {
    kind: 'opted-out',
    number: optOut.number,
    at: optOut.at,
    source: optOut.source.kind,
    said: optOut.source.kind === 'reply' ? optOut.source.keyword : optOut.source.deliveryError,
  };
}
