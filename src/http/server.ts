import type { Server } from 'node:http';
import type { Runtime } from '../runtime';
import { createApp } from './app';

export interface WebRole {
  port: number;
  stop(): Promise<void>;
}

/** Starts express; stop() refuses new connections and waits for requests in flight. */
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
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
