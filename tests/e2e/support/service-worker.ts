import type { BrowserContext, Page, Worker } from '@playwright/test';

/**
 * Stops the extension's service worker the hard way (CDP Target.closeTarget), as the browser does
 * when it reclaims an idle or stuck worker, in-flight fetches and all.
 */
export async function killServiceWorker(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<void> {
  const session = await context.newCDPSession(page);
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.includes(extensionId),
  );
  if (!worker) throw new Error('The extension has no running service worker to kill.');
  await session.send('Target.closeTarget', { targetId: worker.targetId });
  await session.detach();
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
