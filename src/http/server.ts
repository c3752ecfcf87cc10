import type { Server, ServerResponse } from 'node:http';
import type { Runtime } from '../runtime';
import { createApp } from './app';

export interface WebRole {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts express; stop() refuses new connections, lets requests in flight finish, and closes
 * each connection once its answer is sent.
 */
export async function startWeb(runtime: Runtime): Promise<WebRole> {
  const app = createApp(runtime);
  const { PORT, HOST } = runtime.config;
  const server = await new Promise<Server>((resolve, reject) => {
    const done = (error?: Error) => (error ? reject(error) : resolve(listening));
    const listening = HOST === undefined ? app.listen(PORT, done) : app.listen(PORT, HOST, done);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : runtime.config.PORT;
  runtime.log.info({ port, host: HOST ?? 'every interface' }, 'web listening');

  // A load balancer keeps connections alive and keeps sending on them: closing the listening
  // socket alone would leave a stopping process answering forever. From stop() on, every answer
  // (those in flight too) says Connection: close, and Node closes its connection once it is sent.
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  server.prependListener('request', (_req, res: ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
