import { createServer } from 'node:http';
import type { Logger } from '../log';
import type { Exposition } from './exposition';

export interface MetricsServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * GET /metrics on a port of its own (METRICS_PORT): how a worker-only process, which has no web
 * port, is scraped, and how metrics stay off the public port of the web role.
 */
export async function serveMetrics(
  expose: () => Promise<Exposition>,
  port: number,
  log: Logger,
): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    expose().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (error: Error) => {
        log.error({ err: error.message }, 'metrics not collected');
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  log.info({ port: bound }, 'metrics listening');
  return {
    port: bound,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
