import { DEFAULT_SLOW_DELAY_MS } from './constants.ts';

/**
 * Fault modes, each reproducing something a client must survive:
 * - none: behave normally;
 * - status500: answer 500 without processing (nothing sent, nothing charged);
 * - html: answer 502 with a text/html error page, as a proxy in front of the API would;
 * - html200: answer 200 with a text/html page (captive portal, login wall), without processing;
 * - hang: read the request, never answer and never process;
 * - slow: process at once, answer after `delayMs` (default DEFAULT_SLOW_DELAY_MS);
 * - dropAfterAccept: process (message sent and charged), then destroy the socket without answering;
 * - jsonl: process normally, answer with `Content-Type: application/jsonl` (seen on the real server);
 * - hold: process at once, keep the answer until POST /__sandbox/release (or forever);
 * - huge: process normally, answer the real JSON body padded with a `padding` string field to at
 *   least HUGE_BODY_BYTES (8 MiB), for clients that must not choke on a huge answer.
 */
const FAULT_MODES = [
  'none',
  'status500',
  'html',
  'html200',
  'hang',
  'slow',
  'dropAfterAccept',
  'jsonl',
  'hold',
  'huge',
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

/** Which requests a fault applies to: the two send endpoints, or every /v1 endpoint. */
export type FaultScope = 'send' | 'all';

export interface FaultConfig {
  mode: FaultMode;
  /** Apply to the next N matching requests, then revert to "none"; omitted = until changed. */
  times?: number;
  delayMs?: number;
  scope?: FaultScope;
}

/** The fault picked for one request. */
export interface AppliedFault {
  mode: FaultMode;
  delayMs: number;
}

const NO_FAULT: AppliedFault = { mode: 'none', delayMs: 0 };

const FAULT_FIELDS = new Set(['mode', 'times', 'delayMs', 'scope']);

/** Validates a fault config from JSON or the CLI; unknown fields are refused to catch typos. */
export function parseFaultConfig(input: unknown): FaultConfig | { error: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { error: 'expected an object like {"mode": "hold"}' };
  }
  const fields = input as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((field) => !FAULT_FIELDS.has(field));
  if (unknown.length > 0) return { error: `unknown field: ${unknown.join(', ')}` };
  const { mode, times, delayMs, scope } = fields;
  if (!isFaultMode(mode)) return { error: `mode must be one of ${FAULT_MODES.join(', ')}` };
  if (!isOptionalInteger(times, 1)) return { error: 'times must be a whole number of at least 1' };
  if (!isOptionalInteger(delayMs, 0)) return { error: 'delayMs must be a whole number of ms' };
  if (!isOptionalScope(scope)) return { error: 'scope must be "send" or "all"' };
  const config: FaultConfig = { mode };
  if (times !== undefined) config.times = times;
  if (delayMs !== undefined) config.delayMs = delayMs;
  if (scope !== undefined) config.scope = scope;
  return config;
}

function isFaultMode(value: unknown): value is FaultMode {
  return FAULT_MODES.some((mode) => mode === value);
}

function isOptionalInteger(value: unknown, min: number): value is number | undefined {
  return (
    value === undefined ||
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= min)
  );
}

function isOptionalScope(value: unknown): value is FaultScope | undefined {
  return value === undefined || value === 'send' || value === 'all';
}

/** The current fault, counting down `times` as requests consume it. */
export class FaultSwitch {
  private config: FaultConfig = { mode: 'none' };
  private remaining: number | undefined;

  constructor(initial?: FaultConfig) {
    if (initial) this.set(initial);
  }

  set(config: FaultConfig): void {
    this.config = { ...config };
    this.remaining = config.times;
  }

  /** What is configured now, with `times` showing how many requests are left. */
  current(): FaultConfig {
    if (this.remaining === undefined) return { ...this.config };
    return { ...this.config, times: this.remaining };
  }

  /** Picks the fault for one request and uses up one of its `times`. */
  take(isSend: boolean): AppliedFault {
    const { mode, scope = 'send', delayMs = DEFAULT_SLOW_DELAY_MS } = this.config;
    if (mode === 'none' || (!isSend && scope === 'send')) return NO_FAULT;
    this.countDown();
    return { mode, delayMs };
  }

  private countDown(): void {
    if (this.remaining === undefined) return;
    this.remaining -= 1;
    if (this.remaining <= 0) this.set({ mode: 'none' });
  }
}
