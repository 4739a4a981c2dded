import type { FaultConfig } from '../../../sandbox/faults';
import type { Sandbox } from '../../../sandbox/server';

/** What the sandbox received on its two send endpoints, in order (it runs in the test process). */
export function sendRequests(sandbox: Sandbox) {
  return sandbox.state.requests.filter((request) => request.path.startsWith('/v1/sms/'));
}

/** The clientDedup of each send request, in order: a retry repeats its message's value. */
export function sentDedups(sandbox: Sandbox): string[] {
  return sendRequests(sandbox).map(
    (request) => (request.body as { clientDedup: string }).clientDedup,
  );
}

/** Messages the sandbox actually sent (a repeated clientDedup is not sent again). */
export function sentMessages(sandbox: Sandbox) {
  return sandbox.state.messages;
}

export function setFault(sandbox: Sandbox, fault: FaultConfig): void {
  sandbox.state.faults.set(fault);
}
