import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A pass-through proxy in front of the local Twilio endpoint that can hold the answer to a
 * message create after Twilio has accepted it: the one moment a crash or an outage on our side
 * leaves a text sent but its sid unrecorded.
 */
export interface GatedProxy {
  url: string;
  /** From now on, hold each create's answer (the message is already accepted upstream). */
  hold(): void;
  /** Creates accepted upstream whose answers are being held. */
  held(): number;
  /** Lets every held answer through, and stops holding. */
  release(): void;
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const FORWARDED = ['authorization', 'content-type', 'accept', 'user-agent'];

export async function startGatedProxy(target: string): Promise<GatedProxy> {
  let holding = false;
  let heldCount = 0;
  let open: () => void = () => undefined;
  let gate = Promise.resolve();

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      });
      const text = await upstream.text();
      if (holding && req.method === 'POST' && /\/Messages\.json$/.test(req.url ?? '')) {
        heldCount += 1;
        await gate;
      }
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
      });
      res.end(text);
    })().catch(() => {
      res.writeHead(502).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hold() {
      holding = true;
      gate = new Promise((resolve) => (open = resolve));
    },
    held: () => heldCount,
    release() {
      holding = false;
      open();
    },
    stop() {
      open();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
