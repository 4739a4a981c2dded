import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { DEFAULT_DELIVERY_STEP_MS, DEFAULT_HOST } from './constants.ts';
import type { FaultConfig } from './faults.ts';
import { handleRequest, type ServerDeps } from './handle-request.ts';
import { PendingReplies } from './pending.ts';
import { DEFAULT_START_CONFIG, SandboxState } from './state.ts';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** API key → organization id; default `{ "sandbox-key": 1234 }`. */
  keys?: Record<string, number>;
  /** Organization id → micro-dollars; orgs of `keys` not listed here start with $10.00. */
  balances?: Record<number, number>;
  /** The fault in force at start, and again after POST /__sandbox/reset. */
  faults?: FaultConfig;
  /** Time between delivery stages (telco, then phone); default 1500 ms. */
  deliveryStepMs?: number;
  /** The clock (epoch ms) for ids, deadlines and delivery; tests pass a fake one. */
  now?: () => number;
  /**
   * Serve HTTPS with this key and certificate: end-to-end tests map api.engagespark.com to the
   * sandbox, so the extension is tested with its shipped host permission.
   */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** One line per answered request: method, path, status. Never headers, so never keys. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** e.g. "http://127.0.0.1:8787", no trailing slash. */
  url: string;
  port: number;
  state: SandboxState;
  /** Sends the answers kept by the "hold" fault; returns how many. */
  release(): number;
  /** Stops listening and drops every open connection, hanging or held ones included. */
  close(): Promise<void>;
}

/** Starts an engageSPARK v1 SMS API look-alike on 127.0.0.1 (see sandbox/README.md). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const state = new SandboxState({
    keys: options.keys ?? DEFAULT_START_CONFIG.keys,
    balances: options.balances ?? {},
    faults: options.faults,
  });
  const pending = new PendingReplies();
  const deps: ServerDeps = {
    state,
    pending,
    clock: options.now ?? Date.now,
    deliveryStepMs: options.deliveryStepMs ?? DEFAULT_DELIVERY_STEP_MS,
    log: options.log ?? (() => {}),
  };
  const listener = (
    req: Parameters<typeof handleRequest>[0],
    res: Parameters<typeof handleRequest>[1],
  ) => {
    handleRequest(req, res, deps).catch(() => res.destroy());
  };
  const server: Server = options.tls
    ? createTlsServer(options.tls, listener)
    : createServer(listener);
  const host = options.host ?? DEFAULT_HOST;
  const port = await listen(server, options.port ?? 0, host);
  return {
    url: `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    state,
    release: () => pending.release(),
    close: () => closeServer(server, pending),
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server, pending: PendingReplies): Promise<void> {
  pending.clear();
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
  server.closeAllConnections();
  return closed;
}
