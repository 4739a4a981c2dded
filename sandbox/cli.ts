/**
 * `npm run sandbox -- --port 8787`: runs the sandbox until Ctrl-C. Prints the demo key so people can
 * paste it into the extension; a key given with --key is never printed.
 */
import { parseCliArgs, USAGE } from './cli-args.ts';
import { startSandbox } from './server.ts';

async function main(): Promise<void> {
  const config = parseCliArgs(process.argv.slice(2));
  if (config.help) {
    console.log(USAGE);
    return;
  }
  const sandbox = await startSandbox({ ...config.options, log: (line) => console.log(line) });
  const shownKey = config.customKey ? '(given with --key, not shown)' : config.key;
  console.log(
    `engageSPARK sandbox on ${sandbox.url} — API key: ${shownKey}, organization: ${config.org}`,
  );
  const fault = sandbox.state.faults.current();
  if (fault.mode !== 'none') console.log(`fault in force: ${JSON.stringify(fault)}`);
  console.log(
    'control: POST /__sandbox/faults | release | reset | balance | contacts | inbound — GET /__sandbox/requests (--help for more)',
  );
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(1);
});
