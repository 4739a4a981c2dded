import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { TEST_TLS } from './tls';

/** One request the evil server saw. */
export type EvilRequest = { host: string; path: string; authorization: string | undefined };

export type EvilServer = {
  port: number;
  requests: EvilRequest[];
  close(): Promise<void>;
};

/**
 * Where a tampered API URL points: an HTTPS server (the test certificate) that records every
 * request and answers like engageSPARK would, with CORS open, so a leaked key would be seen and
 * the extension would have no reason to notice.
 */
export async function startEvilServer(): Promise<EvilServer> {
  const requests: EvilRequest[] = [];
  const server = createServer(TEST_TLS, (request, response) => {
    requests.push({
      host: request.headers.host ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
    });
    response
      .writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
      })
      .end(JSON.stringify({ balance: '999.00' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
