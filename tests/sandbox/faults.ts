import { z } from 'zod';
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
 * - hold: process at once, keep the answer until POST /__sandbox/release (or forever).
 */
export const FAULT_MODES = [
  'none',
  'status500',
  'html',
  'html200',
  'hang',
  'slow',
  'dropAfterAccept',
  'jsonl',
  'hold',
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

export const NO_FAULT: AppliedFault = { mode: 'none', delayMs: 0 };

const faultConfigSchema = z.strictObject({
  mode: z.enum(FAULT_MODES),
  times: z.number().int().positive().optional(),
  delayMs: z.number().int().nonnegative().optional(),
  scope: z.enum(['send', 'all']).optional(),
});

export function parseFaultConfig(input: unknown): FaultConfig | { error: string } {
  const result = faultConfigSchema.safeParse(input);
  if (result.success) return result.data;
  return { error: result.error.issues.map(describeIssue).join('; ') };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
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
