/**
 * `npm start`: builds the extension (the npm script does), starts the engageSPARK sandbox and a
 * demo CRM, and opens Chromium with the extension set up for them. With a display: a window to
 * click around in. Without one (CI, a server) or with --tour: a headless tour that leaves
 * screenshots and tour.log in .tour/<time>/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './start/browser-path';
import { checkBuiltVersion } from './start/build-version';
import { type DemoEnvironment, startDemoEnvironment } from './start/environment';
import { chooseMode, USAGE } from './start/mode';
import { runTour } from './start/tour';
import { createTourLog, TourError, type TourLog } from './start/tour-log';
import { runWindow } from './start/window';

/** The tour takes about 15 s on a busy two-core machine; past this something is stuck. */
const TOUR_LIMIT_MS = 90_000;

function folderName(now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${date}_${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
}

function plain(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(error: unknown): string {
  return plain(error).split('\n')[0] ?? '';
}

/** Fails when the tour runs past `ms` or the user presses Ctrl-C, so the cleanup still runs. */
function stopConditions(ms: number): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let onSignal = (): void => {};
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TourError(`The tour did not finish within ${ms / 1000} s.`)),
      ms,
    );
    onSignal = () => reject(new TourError('The tour was stopped (Ctrl-C).'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  return {
    promise,
    cancel: () => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** The tour's steps; `starting` gets the environment as it starts, so a stop can still close it. */
async function tourSteps(
  log: TourLog,
  outDir: string,
  starting: (environment: Promise<DemoEnvironment>) => void,
): Promise<void> {
  const version = await log.step('Check the build', async () => {
    const built = checkBuiltVersion();
    log.line(`   version ${built} in .output/chrome-mv3 and .output/firefox-mv3`);
    return built;
  });
  const env = await log.step(
    'Start the engageSPARK sandbox, the demo CRM and headless Chromium with the extension',
    async () => {
      const environment = startDemoEnvironment({
        chromiumPath: findChromium(process.env),
        headless: true,
        onApiRequest: (line) => log.line(`   engageSPARK sandbox answered: ${line}`),
      });
      starting(environment);
      const started = await environment;
      log.line(
        `   sandbox ${started.sandbox.url}, seen by the browser as https://api.engagespark.com`,
      );
      log.line(`   demo CRM seen by the browser as ${started.demo.url()}`);
      log.line(
        `   extension ${version} loaded, id ${started.extensionId}; key sandbox-key, org 1234`,
      );
      return started;
    },
  );
  await runTour({ env, log, outDir });
}

async function tour(): Promise<number> {
  const outDir = path.join('.tour', folderName());
  mkdirSync(outDir, { recursive: true });
  const log = createTourLog(path.join(outDir, 'tour.log'));
  const stop = stopConditions(TOUR_LIMIT_MS);
  let environment: Promise<DemoEnvironment> | undefined;
  log.line('engageSPARK Click-to-SMS: the headless tour (no display, CI, or --tour)');
  try {
    await Promise.race([
      stop.promise,
      tourSteps(log, outDir, (starting) => {
        environment = starting;
      }),
    ]);
    log.line(`Every step worked, in ${log.elapsedSeconds()} s.`);
    return 0;
  } catch (error) {
    log.line(error instanceof TourError ? error.message : `The tour stopped: ${plain(error)}`);
    return 1;
  } finally {
    stop.cancel();
    log.mute(); // steps still winding down after a stop have nothing more to say
    // Started or still starting (Ctrl-C during the launch): either way, close it.
    const env = await environment?.catch(() => undefined);
    await env?.close();
    console.log(`\nScreenshots and tour.log: ${outDir}/ (${path.resolve(outDir)})`);
  }
}

/** A window to click around in; if none can open (a display set but unreachable), the tour. */
async function window(explicit: boolean): Promise<number> {
  const version = checkBuiltVersion();
  let env: DemoEnvironment;
  try {
    env = await startDemoEnvironment({
      chromiumPath: findChromium(process.env),
      headless: false,
      onApiRequest: (line) => console.log(`engageSPARK sandbox answered: ${line}`),
    });
  } catch (error) {
    const display = process.env.WAYLAND_DISPLAY || process.env.DISPLAY || 'none';
    const reason = `Chromium could not open a window on display ${display} (${firstLine(error)})`;
    if (explicit) throw new Error(`${reason}. Without a display, run: npm start -- --tour`);
    console.log(`${reason}: running the headless tour instead.\n`);
    return tour();
  }
  try {
    await runWindow(env, version);
    return 0;
  } finally {
    console.log('Stopping the sandbox and the demo CRM…');
    await env.close();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  return chooseMode(args, process.env) === 'tour' ? tour() : window(args.includes('--window'));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm start: ${firstLine(error)}`);
    process.exit(1);
  },
);
