import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export type TunnelProxy = { port: number; close(): Promise<void> };

/**
 * The HTTPS proxy Firefox is pointed at (prefs `network.proxy.ssl*`): it tunnels `CONNECT host:443`
 * to a local port, so https://api.engagespark.com reaches the sandbox and the CRM host names reach
 * the fixture server, each with its real name — the shipped host permissions apply unchanged. Any
 * other host is refused, so nothing in a test reaches the network.
 */
export async function startTunnelProxy(routes: Record<string, number>): Promise<TunnelProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((_request, response) => {
    response.writeHead(403, { 'content-type': 'text/plain' }).end('Not proxied in tests.');
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    track(client);
    const port = routeFor(request.url ?? '', routes);
    if (port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `CONNECT api.engagespark.com:443` → the sandbox's port; only port 443 of a listed host. */
function routeFor(authority: string, routes: Record<string, number>): number | undefined {
  const match = /^([a-z0-9.-]+):443$/i.exec(authority);
  const host = match?.[1]?.toLowerCase();
  return host !== undefined && Object.hasOwn(routes, host) ? routes[host] : undefined;
}
