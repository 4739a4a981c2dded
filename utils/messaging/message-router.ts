import { z } from 'zod';
import {
  type MessageName,
  type MessageResults,
  PROTOCOL,
  type Reply,
  type Trust,
} from './protocol';
import { type SenderInfo, senderTrust } from './sender-trust';

export { type SenderInfo, senderTrust };

/** A handler gets the validated data and who sent it (filled by the browser, not the sender). */
export type Handlers = {
  [N in MessageName]: (
    data: z.output<(typeof PROTOCOL)[N]['data']>,
    sender: SenderInfo,
  ) => Promise<MessageResults[N]>;
};

const envelopeSchema = z.object({ name: z.string(), data: z.unknown() });

function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(PROTOCOL, name);
}

/** Validates the envelope, the sender and the data before a handler runs; never throws to the caller. */
export async function routeMessage(
  message: unknown,
  trust: Trust | undefined,
  handlers: Handlers,
  sender: SenderInfo = {},
): Promise<Reply<MessageName>> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success || !isMessageName(envelope.data.name))
    return { ok: false, error: 'Unknown request.' };
  const name = envelope.data.name;
  const spec = PROTOCOL[name];
  const allowed =
    trust === 'extension-page' || (trust === 'content-script' && spec.from === 'content-script');
  if (!allowed)
    return { ok: false, error: 'This request is only accepted from the extension itself.' };
  const data = spec.data.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, error: `Invalid request: ${z.prettifyError(data.error)}` };
  try {
    const handler = handlers[name] as (
      data: unknown,
      sender: SenderInfo,
    ) => Promise<MessageResults[MessageName]>;
    return { ok: true, result: await handler(data.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'Something went wrong.' };
  }
}
