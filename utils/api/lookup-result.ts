import type { RequestProblem } from './request-problem.ts';
import type { DeliveryState } from './schemas.ts';

/**
 * Every way a read-only lookup (balance, delivery status) can fail. The balance lookup doubles as
 * the "test connection" of the Settings page, hence the kinds that tell settings apart.
 */
export type LookupFailure =
  /** Settings or arguments this client refused to use. */
  | { kind: 'invalid'; problems: RequestProblem[] }
  /** 401: the API key was refused. */
  | { kind: 'auth' }
  /**
   * The key was accepted but this organization is not reachable with it: 403, or a JSON 404 on
   * the balance (engageSPARK answers JSON; the organization id does not exist for this key).
   */
  | { kind: 'wrong-org'; status: number }
  /** A JSON 404 on the delivery status: no such message in this organization. */
  | { kind: 'not-found' }
  /**
   * The API URL reaches something that is not engageSPARK: an HTML page or foreign JSON on a
   * 2xx balance, or a non-JSON 404 (a website, not the API).
   */
  | { kind: 'not-engagespark'; status: number; detail: string }
  | { kind: 'server'; status: number }
  | { kind: 'rate-limited'; retryAfterMs?: number }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }
  /** A delivery status answer that cannot be read. */
  | { kind: 'malformed'; status: number; detail: string }
  | { kind: 'unexpected-status'; status: number };

export type LookupFailureKind = LookupFailure['kind'];

export type BalanceResult =
  | {
      ok: true;
      balanceMicro: number;
      /** In dollars for people, e.g. "$9.98" (see format-balance.ts). */
      display: string;
    }
  | { ok: false; failure: LookupFailure };

export interface DeliveryStatus {
  telco: DeliveryState;
  phone: DeliveryState;
  /** True once engageSPARK will not update this status any more. */
  done: boolean;
  /** engageSPARK's reason when delivery failed; "" otherwise. */
  error: string;
}

export type DeliveryStatusResult =
  | { ok: true; status: DeliveryStatus }
  | { ok: false; failure: LookupFailure };
