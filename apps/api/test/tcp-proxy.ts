import net from 'node:net';

/**
 * A TCP proxy between the API and the database, to play the database's failures:
 *  - pause():  the database stops answering — connections stay open, new ones are accepted, nothing is forwarded;
 *  - close():  the database refuses — every connection is cut and the port no longer listens;
 *  - resume(): the database is back on the same port.
 */
export interface TcpProxy {
  port: number;
  pause(): void;
  close(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let paused = false;
  const pairs = new Set<{ client: net.Socket; upstream?: net.Socket }>();

  const link = (pair: { client: net.Socket; upstream?: net.Socket }) => {
    const upstream = net.connect(targetPort, targetHost);
    pair.upstream = upstream;
    pair.client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => pair.client.write(chunk));
    const end = () => {
      pair.client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    upstream.on('close', end);
    upstream.on('error', end);
    pair.client.on('close', end);
    pair.client.on('error', end);
    pair.client.resume();
  };

  const onConnection = (client: net.Socket) => {
    const pair: { client: net.Socket; upstream?: net.Socket } = { client };
    pairs.add(pair);
    client.on('error', () => undefined);
    if (paused) {
      // Accepted, and then silence: the handshake never comes.
      client.pause();
      return;
    }
    link(pair);
  };

  let server = net.createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  const closeServer = () =>
    new Promise<void>((resolve) => {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream?.destroy();
      }
      pairs.clear();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });

  return {
    port,
    pause() {
      paused = true;
      for (const pair of pairs) {
        pair.client.pause();
        pair.upstream?.pause();
      }
    },
    async close() {
      paused = false;
      await closeServer();
    },
    async resume() {
      paused = false;
      if (!server.listening) {
        server = net.createServer(onConnection);
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', resolve);
        });
      }
      for (const pair of pairs) {
        if (pair.upstream) {
          pair.client.resume();
          pair.upstream.resume();
        } else {
          link(pair);
        }
      }
    },
    stop: closeServer,
  };
}
