import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from './cli-args.ts';

describe('parseCliArgs', () => {
  it('defaults to port 8787 and the demo key of org 1234', () => {
    expect(parseCliArgs([])).toEqual({
      help: false,
      key: 'sandbox-key',
      org: 1234,
      customKey: false,
      options: {
        port: 8787,
        host: '127.0.0.1',
        keys: { 'sandbox-key': 1234 },
        balances: {},
        deliveryStepMs: undefined,
        faults: undefined,
      },
    });
  });

  it('takes a key, an org, a balance in dollars and a delivery step', () => {
    const config = parseCliArgs([
      '--port',
      '0',
      '--key',
      'k1',
      '--org',
      '55',
      '--balance',
      '0.05',
      '--delivery-step',
      '10',
    ]);
    expect(config.customKey).toBe(true);
    expect(config.options).toMatchObject({
      port: 0,
      keys: { k1: 55 },
      balances: { 55: 50_000 },
      deliveryStepMs: 10,
    });
  });

  it('builds a fault from the fault flags', () => {
    const config = parseCliArgs([
      '--fault',
      'slow',
      '--fault-delay',
      '2000',
      '--fault-times',
      '3',
      '--fault-scope',
      'all',
    ]);
    expect(config.options.faults).toEqual({ mode: 'slow', delayMs: 2000, times: 3, scope: 'all' });
  });

  it.each([
    [['--port', 'abc']],
    [['--port', '-1']],
    [['--org', '0']],
    [['--balance', 'lots']],
    [['--fault', 'explode']],
    [['--fault', 'hang', '--fault-times', '0']],
    [['--unknown']],
  ])('rejects %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow();
  });

  it('accepts --fault huge, and --help names every control endpoint', () => {
    expect(parseCliArgs(['--fault', 'huge']).options.faults).toEqual({ mode: 'huge' });
    for (const name of [
      'faults',
      'release',
      'reset',
      'balance',
      'contacts',
      'inbound',
      'requests',
    ]) {
      expect(USAGE).toContain(name);
    }
    expect(USAGE).toContain('"firstName"?');
  });
});
