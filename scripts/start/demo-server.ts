import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A default CRM host (Salesforce Lightning): the content script runs there without being asked. */
export const DEMO_HOST = 'acme.lightning.force.com';

const DEMO_DIR = path.resolve('demo');
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/contact.html': { file: 'contact.html', type: 'text/html; charset=utf-8' },
  '/demo.css': { file: 'demo.css', type: 'text/css; charset=utf-8' },
};

/** A strict policy like a real CRM's (no inline script or style): the buttons must work under it. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export type DemoServer = {
  port: number;
  url(pathname?: string): string;
  close(): Promise<void>;
};

/**
 * Serves demo/ over HTTPS on 127.0.0.1. Chromium maps DEMO_HOST to it (--host-resolver-rules), so
 * the pages load as https://acme.lightning.force.com and the shipped extension treats them as a CRM.
 */
export async function startDemoServer(tls: { key: Buffer; cert: Buffer }): Promise<DemoServer> {
  const server = createServer(tls, (request, response) => {
    const pathname = new URL(request.url ?? '/', `https://${DEMO_HOST}`).pathname;
    const entry = FILES[pathname];
    if (!entry) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(path.join(DEMO_DIR, entry.file)).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': entry.type,
            'content-security-policy': CSP,
            'cache-control': 'no-store',
          })
          .end(body),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('Unreadable demo file'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (pathname = '/') => `https://${DEMO_HOST}${pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
