import { request } from 'node:https';
import type { Sandbox } from '../../../sandbox/server';
import { TEST_TLS } from './tls';

/**
 * Calls one of the sandbox's control endpoints (`/__sandbox/…`, sandbox/README.md) over its own
 * HTTPS, trusting only the test certificate. Resolves with the JSON answer; a refusal throws with
 * the sandbox's reason.
 */
export function sandboxControl(sandbox: Sandbox, path: string, body: unknown): Promise<unknown> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        path: `/__sandbox/${path}`,
        method: 'POST',
        ca: TEST_TLS.cert,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((response.statusCode ?? 0) >= 300)
            reject(new Error(`sandbox ${path}: ${response.statusCode} ${text}`));
          else resolve(text === '' ? undefined : JSON.parse(text));
        });
      },
    );
    call.on('error', reject);
    call.end(payload);
  });
}

/** A contact in the sandbox's organization 1234, as the CRM would have made it. */
export function addContact(
  sandbox: Sandbox,
  phone: string,
  firstName: string,
  lastName: string,
): Promise<unknown> {
  return sandboxControl(sandbox, 'contacts', { orgId: 1234, phone, firstName, lastName });
}

/** A phone writes to the organization now. */
export function injectReply(sandbox: Sandbox, from: string, text: string): Promise<unknown> {
  return sandboxControl(sandbox, 'inbound', { from, text });
}
