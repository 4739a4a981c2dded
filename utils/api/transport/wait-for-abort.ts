export const ABORTED = Symbol('aborted');

/**
 * A promise that settles when `signal` aborts, for racing against work that may ignore the
 * signal (a fetch that never looks at it, a body stream not tied to it). Call `dispose` when done
 * so the listener does not outlive the request.
 */
export function waitForAbort(signal: AbortSignal): {
  promise: Promise<typeof ABORTED>;
  dispose: () => void;
} {
  let onAbort = (): void => {};
  const promise = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    if (signal.aborted) resolve(ABORTED);
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}
