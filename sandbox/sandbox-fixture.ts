import { afterEach, beforeEach } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from './server.ts';

/** Shared by the sandbox tests: a fresh server on a random port for every test. */

export const AUTH = { Authorization: 'Token sandbox-key' };
export const PHONE = '+639171234567';
export const DIGITS = '639171234567';
/** 2019-07-23T15:44:25Z, the documented example's send time. */
export const START = Date.UTC(2019, 6, 23, 15, 44, 25);

export interface FakeClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function fakeClock(start = START): FakeClock {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/**
 * A sandbox per test on a fake clock that starts again at START for each test; `clock` is the
 * same object throughout, so a file can hold it in a constant.
 */
export function sandboxOnFakeClock(options: Omit<SandboxOptions, 'now'> = {}): {
  sandbox: () => Sandbox;
  clock: FakeClock;
} {
  let current = fakeClock();
  const clock: FakeClock = { now: () => current.now(), advance: (ms) => current.advance(ms) };
  const sandbox = sandboxPerTest(() => {
    current = fakeClock();
    return { ...options, now: clock.now };
  });
  return { sandbox, clock };
}

/** Starts a sandbox before each test and closes it after; call the result inside a test. */
export function sandboxPerTest(options: () => SandboxOptions = () => ({})): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, ...options() });
  });
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });
  return () => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
}

export function smsBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { orgId: 1234, to: PHONE, message: 'Hello from the sandbox', ...fields };
}

export function post(
  sandbox: Sandbox,
  path: string,
  body: unknown,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Response> {
  return fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(init.headers ?? AUTH) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
}

export function get(
  sandbox: Sandbox,
  path: string,
  headers: Record<string, string> = AUTH,
): Promise<Response> {
  return fetch(`${sandbox.url}${path}`, { headers });
}

/** The parsed body as a loose record, for field-by-field assertions. */
export async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

export function setFault(sandbox: Sandbox, config: Record<string, unknown>): Promise<Response> {
  return post(sandbox, '/__sandbox/faults', config, { headers: {} });
}
