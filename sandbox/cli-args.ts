import { parseArgs } from 'node:util';
import { DEFAULT_API_KEY, DEFAULT_CLI_PORT, DEFAULT_HOST, DEFAULT_ORG_ID } from './constants.ts';
import { type FaultConfig, parseFaultConfig } from './faults.ts';
import { parseDollars } from './money.ts';
import type { SandboxOptions } from './server.ts';

export const USAGE = `Usage: npm run sandbox -- [options]

  --port N            port to listen on (default ${DEFAULT_CLI_PORT}; 0 = any free port)
  --host H            address to listen on (default ${DEFAULT_HOST})
  --key K             API key (default ${DEFAULT_API_KEY})
  --org N             organization of the key (default ${DEFAULT_ORG_ID})
  --balance DOLLARS   starting balance of that organization, e.g. 10 or 0.05 (default 10.00)
  --delivery-step MS  time between delivery stages (default 1500)
  --fault MODE        none | status500 | html | html200 | hang | slow | dropAfterAccept | jsonl | hold
                      | huge
  --fault-times N     apply the fault to the next N requests only
  --fault-delay MS    delay for --fault slow
  --fault-scope S     send (the two send endpoints, default) | all (every /v1 endpoint)
  --help              show this help

Control endpoints (loopback only, no key): POST /__sandbox/faults | release | reset | balance
  | contacts {"orgId", "phone", "firstName"?, "lastName"?, "language"?}
  | inbound {"from", "text", "orgId"?, "at"?, "to"?};
  GET /__sandbox/requests | messages | inbound | contacts | faults. See sandbox/README.md.`;

export interface CliConfig {
  help: boolean;
  options: SandboxOptions & { port: number; host: string };
  key: string;
  org: number;
  /** True when --key was given: a real-looking key is then never printed. */
  customKey: boolean;
}

/** Turns argv into server options; throws an Error with a one-line message on bad input. */
export function parseCliArgs(argv: string[]): CliConfig {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      key: { type: 'string' },
      org: { type: 'string' },
      balance: { type: 'string' },
      'delivery-step': { type: 'string' },
      fault: { type: 'string' },
      'fault-times': { type: 'string' },
      'fault-delay': { type: 'string' },
      'fault-scope': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const key = values.key ?? DEFAULT_API_KEY;
  const org = optionalInteger('--org', values.org, 1) ?? DEFAULT_ORG_ID;
  const balance = values.balance === undefined ? undefined : dollars(values.balance);
  return {
    help: values.help ?? false,
    key,
    org,
    customKey: values.key !== undefined,
    options: {
      port: optionalInteger('--port', values.port, 0) ?? DEFAULT_CLI_PORT,
      host: values.host ?? DEFAULT_HOST,
      keys: { [key]: org },
      balances: balance === undefined ? {} : { [org]: balance },
      deliveryStepMs: optionalInteger('--delivery-step', values['delivery-step'], 0),
      faults: faultFrom(values),
    },
  };
}

function optionalInteger(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(number) || number < min) {
    throw new Error(`${flag} needs a whole number of at least ${min}, got "${text}"`);
  }
  return number;
}

function dollars(text: string): number {
  const micro = parseDollars(text);
  if (micro === null) throw new Error(`--balance needs dollars like 10 or 0.05, got "${text}"`);
  return micro;
}

function faultFrom(values: Record<string, string | boolean | undefined>): FaultConfig | undefined {
  const mode = values.fault;
  if (typeof mode !== 'string') return undefined;
  const config = parseFaultConfig({
    mode,
    times: optionalInteger('--fault-times', stringOrUndefined(values['fault-times']), 1),
    delayMs: optionalInteger('--fault-delay', stringOrUndefined(values['fault-delay']), 0),
    scope: stringOrUndefined(values['fault-scope']),
  });
  if ('error' in config) throw new Error(`bad fault: ${config.error}`);
  return config;
}

function stringOrUndefined(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
