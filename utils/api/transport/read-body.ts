import { describeError } from './describe-error.ts';
import { ABORTED, waitForAbort } from './wait-for-abort.ts';

/** 256 KB: ample for any engageSPARK answer, small enough that a runaway body cannot hurt. */
export const MAX_BODY_BYTES = 256 * 1024;

export type BodyText =
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; limitBytes: number }
  /** The stream failed midway: the connection broke while the answer was arriving. */
  | { kind: 'broken'; detail: string }
  | { kind: 'timed-out' };

/**
 * Reads a body as UTF-8 text, whatever its Content-Type, stopping at `maxBytes` and when
 * `signal` aborts. Racing each read against the signal matters: a body stream is not always tied
 * to the fetch's signal, and one that never ends must still end the wait.
 */
export async function readBodyText(
  response: Response,
  signal: AbortSignal,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<BodyText> {
  if (response.body === null) return { kind: 'text', text: '' };
  const reader = response.body.getReader();
  const stopOnAbort = waitForAbort(signal);
  try {
    return await readAll(reader, stopOnAbort.promise, maxBytes);
  } catch (error) {
    if (signal.aborted) return { kind: 'timed-out' };
    return { kind: 'broken', detail: describeError(error) };
  } finally {
    stopOnAbort.dispose();
    // Releases the connection when we stopped early; harmless once the stream is done.
    reader.cancel().catch(() => {});
  }
}

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  aborted: Promise<typeof ABORTED>,
  maxBytes: number,
): Promise<BodyText> {
  // fatal: false turns invalid UTF-8 into U+FFFD; the JSON parse then decides. A leading BOM is
  // dropped by the decoder itself.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const step = await Promise.race([reader.read(), aborted]);
    if (step === ABORTED) return { kind: 'timed-out' };
    if (step.done) break;
    received += step.value.byteLength;
    if (received > maxBytes) return { kind: 'too-large', limitBytes: maxBytes };
    parts.push(decoder.decode(step.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { kind: 'text', text: parts.join('') };
}
