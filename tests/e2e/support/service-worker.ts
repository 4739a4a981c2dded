import type { BrowserContext, CDPSession, Worker } from '@playwright/test';

/** Long enough for a loaded two-core machine; a stop normally takes a few milliseconds. */
const STOP_TIMEOUT_MS = 15_000;

const RUNNING = ['starting', 'running'];

type WorkerVersion = { versionId: string; scriptURL: string; runningStatus: string };

/**
 * Stops the extension's service worker the hard way, as the browser does when it reclaims an idle
 * or stuck worker: in-flight fetches are cut off and the next event starts a fresh worker.
 * Resolves once the browser reports the worker stopped.
 *
 * The stop is sent through a throwaway about:blank page, never through a session on a page under
 * test: closing the worker's target from a session on an extension page (the old way) now and then
 * closed that page too, under CPU load.
 */
export async function killServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<void> {
  const ours = (url: string): boolean => url.startsWith(`chrome-extension://${extensionId}/`);
  const bystander = await context.newPage();
  try {
    const session = await context.newCDPSession(bystander);
    const versions = watchVersions(session);
    await session.send('ServiceWorker.enable');
    // The first report lists every version the extension has, running or not.
    await versions.first((version) => ours(version.scriptURL));
    const live = versions.known(
      (version) => ours(version.scriptURL) && RUNNING.includes(version.runningStatus),
    );
    if (!live) throw new Error('The extension has no running service worker to kill.');
    await session.send('ServiceWorker.stopWorker', { versionId: live.versionId });
    await versions.first(
      (version) => version.versionId === live.versionId && version.runningStatus === 'stopped',
    );
  } finally {
    await bystander.close();
  }
}

/** The browser's reports on worker versions: every known one when enabled, then each change. */
function watchVersions(session: CDPSession): {
  known(match: (version: WorkerVersion) => boolean): WorkerVersion | undefined;
  first(match: (version: WorkerVersion) => boolean): Promise<WorkerVersion>;
} {
  const latest = new Map<string, WorkerVersion>();
  const waiters = new Set<() => void>();
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) latest.set(version.versionId, version);
    for (const check of waiters) check();
  });
  const known = (match: (version: WorkerVersion) => boolean): WorkerVersion | undefined =>
    [...latest.values()].find(match);
  return {
    known,
    first(match) {
      const found = new Promise<WorkerVersion>((resolve) => {
        const check = (): void => {
          const version = known(match);
          if (!version) return;
          waiters.delete(check);
          resolve(version);
        };
        waiters.add(check);
        check();
      });
      return withTimeout(found, 'The browser reported no such extension service worker.');
    },
  };
}

function withTimeout<T>(promise: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), STOP_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The worker that runs now: after a kill, the browser starts a new one on the next event. */
export async function currentServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().includes(extensionId));
  return (
    running ??
    context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().includes(extensionId),
    })
  );
}
