import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Runs `expression` in the extension's content-script world of `page` (Chromium's isolated
 * world), with the content script's own rights: what a compromised content script could do.
 */
export async function inContentScript(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  expression: string,
): Promise<unknown> {
  const session: CDPSession = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
  await session.send('Runtime.enable');
  const world = worlds.find(
    (candidate) =>
      candidate.auxData?.type === 'isolated' &&
      candidate.origin === `chrome-extension://${extensionId}`,
  );
  if (!world) {
    await session.detach();
    throw new Error('The content script is not running in this page.');
  }
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    contextId: world.id,
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  await session.detach();
  return exceptionDetails ? `threw: ${exceptionDetails.exception?.description}` : result.value;
}
