import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The load balancer in front of several web processes, at PUBLIC_BASE_URL: what Twilio calls and
 * signs for. It takes the backends in turn (round robin) and keeps connections to them alive, as
 * nginx or a cloud balancer does. A backend that refuses the connection (stopped, not yet
 * started) is skipped for the next one, as nginx's `proxy_next_upstream error` does: the request
 * never reached it. A connection lost after the request was sent is answered 502 (a POST is not
 * sent twice by the balancer); Twilio then retries the webhook, as it does with retries on.
 */
export interface LoadBalancer {
  url: string;
  /** What happened to each request so far. */
  tally(): LoadBalancerTally;
  stop(): Promise<void>;
}

export interface LoadBalancerTally {
  /** Answers from the backends: `${backend} ${path} ${status}` → count. */
  answers: Record<string, number>;
  /** Answers with a 5xx from a backend, by status. */
  backend5xx: Record<number, number>;
  /** Connections refused by a backend, then tried on the next. */
  refused: number;
  /** Requests whose connection was lost after they were sent: answered 502. */
  dropped: number;
  /** Requests every backend refused: answered 503. */
  noBackend: number;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const FORWARDED = ['content-type', 'x-twilio-signature', 'user-agent', 'accept'];

function refusedConnection(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code === 'ECONNREFUSED';
}

/** `backends`: a label and a loopback port each. */
export async function startLoadBalancer(
  backends: { label: string; port: number }[],
): Promise<LoadBalancer> {
  const tally: LoadBalancerTally = {
    answers: {},
    backend5xx: {},
    refused: 0,
    dropped: 0,
    noBackend: 0,
  };
  let turn = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const path = (req.url ?? '/').split('?')[0]!;
      const first = turn++;
      for (let i = 0; i < backends.length; i += 1) {
        const backend = backends[(first + i) % backends.length]!;
        let upstream: Response;
        try {
          upstream = await fetch(`http://127.0.0.1:${backend.port}${req.url ?? '/'}`, {
            method: req.method,
            headers,
            body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
          });
        } catch (error) {
          if (refusedConnection(error)) {
            tally.refused += 1;
            continue;
          }
          tally.dropped += 1;
          res.writeHead(502).end();
          return;
        }
        const text = await upstream.text();
        const key = `${backend.label} ${path} ${upstream.status}`;
        tally.answers[key] = (tally.answers[key] ?? 0) + 1;
        if (upstream.status >= 500)
          tally.backend5xx[upstream.status] = (tally.backend5xx[upstream.status] ?? 0) + 1;
        res.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? 'text/plain',
        });
        res.end(text);
        return;
      }
      tally.noBackend += 1;
      res.writeHead(503).end();
    })().catch(() => {
      tally.dropped += 1;
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tally: () => structuredClone(tally),
    stop() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
