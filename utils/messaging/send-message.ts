import { browser } from 'wxt/browser';
import type { Envelope, MessageData, MessageName, MessageResults, Reply } from './protocol';

/** Calls the background; a refusal or a dead worker becomes an Error with plain words. */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: MessageData<N>,
): Promise<MessageResults[N]> {
  const envelope: Envelope<N> = { name, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<N> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}
