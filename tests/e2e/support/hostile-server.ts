import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TEST_TLS } from './tls';

/** A default CRM host name (the content script runs there as shipped), served by the hostile pages. */
export const HOSTILE_HOST = 'hostile.lightning.force.com';

const PAGES = path.resolve('tests/fixtures/hostile');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export type HostileServer = {
  port: number;
  url(pathname: string): string;
  close(): Promise<void>;
};

/**
 * Serves tests/fixtures/hostile over HTTPS, WITHOUT a content security policy: a page payload
 * that the extension turned into HTML would run here, so "nothing ran" proves something.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const server = createServer(TEST_TLS, (request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'https://x').pathname);
    const type = TYPES[path.extname(name)];
    let body: string | undefined;
    try {
      body = type ? readFileSync(path.join(PAGES, name), 'utf8') : undefined;
    } catch {
      body = undefined;
    }
    if (!type || body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (pathname) => `https://${HOSTILE_HOST}${pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
