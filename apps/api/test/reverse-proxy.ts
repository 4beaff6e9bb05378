import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal reverse proxy on loopback, standing in for nginx: it forwards every request to the API and, like
 * nginx's `$proxy_add_x_forwarded_for`, appends the address of the client it saw to X-Forwarded-For, and sets
 * X-Forwarded-Proto (`https` when it plays the TLS-terminating edge) and X-Forwarded-Host.
 */
export interface ReverseProxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startReverseProxy(target: string, options: { proto: 'http' | 'https' }): Promise<ReverseProxy> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const client = req.socket.remoteAddress ?? '';
    const previous = req.headers['x-forwarded-for'];
    const headers = {
      ...req.headers,
      'x-forwarded-for': previous ? `${Array.isArray(previous) ? previous.join(', ') : previous}, ${client}` : client,
      'x-forwarded-proto': options.proto,
      'x-forwarded-host': req.headers.host ?? '',
    };
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, localAddress: '127.0.0.1' },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface PlainResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

/** One HTTP request from a chosen loopback address (127.0.0.0/8 all reach this machine), JSON in and out. */
export function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<PlainResponse> {
  const target = new URL(url);
  const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? (payload ? 'POST' : 'GET'),
        localAddress,
        agent: false,
        headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
