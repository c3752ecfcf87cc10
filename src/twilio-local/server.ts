import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { z } from 'zod';
import type { Logger } from '../log';
import { controlApi } from './control-api';
import { Faults } from './faults';
import { MessageStore } from './message-store';
import { messagesApi } from './messages-api';
import { Phones } from './phones';
import { API_VERSION } from './twilio-format';
import type { TwilioLocal, TwilioLocalOptions, TwilioLocalPhones } from './types';

const optionsSchema = z.object({
  port: z.int().min(0).max(65535).default(0),
  accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, { error: 'expected AC + 32 hex digits' }),
  authToken: z.string().min(1),
  webhookUrl: z.url({ protocol: /^https?$/ }).optional(),
  statusDelayMs: z.int().min(0).max(60_000).default(5),
  now: z.custom<() => number>((value) => typeof value === 'function').default(() => Date.now),
  log: z.custom<Logger>((value) => typeof value === 'object' && value !== null).optional(),
});

const webhookUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * Starts, on 127.0.0.1, an HTTP server that answers like Twilio's Messages API, with simulated
 * phones and switchable faults (see TwilioLocal).
 */
export async function startTwilioLocal(o: TwilioLocalOptions): Promise<TwilioLocal> {
  const options = optionsSchema.parse(o);
  const { accountSid, authToken, now } = options;
  const log = options.log ?? pino({ level: 'silent' });
  let webhookUrl = options.webhookUrl;
  const lifetime = new AbortController();
  const signal = lifetime.signal;

  const faults = new Faults();
  const store = new MessageStore();
  const phoneRegistry = new Phones({
    accountSid,
    authToken,
    now,
    faults,
    signal,
    webhookUrl: () => webhookUrl,
  });
  const phones: TwilioLocalPhones = {
    send: (from, body, opts) => phoneRegistry.send(from, body, opts),
    received: (number) => store.received(number),
    attempts: () => store.all(),
    waitFor: (number, count, timeoutMs) => store.waitFor(number, count, timeoutMs),
    isOptedOut: (number) => phoneRegistry.isOptedOut(number),
    clear: () => {
      store.clear();
      phoneRegistry.clear();
    },
  };
  const setWebhookUrl = (url: string) => {
    webhookUrl = webhookUrlSchema.parse(url);
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const callbacks = {
    authToken,
    now,
    statusDelayMs: options.statusDelayMs,
    store,
    faults,
    signal,
    log,
  };
  app.use(
    `/${API_VERSION}`,
    messagesApi({
      accountSid,
      authToken,
      now,
      store,
      phones: phoneRegistry,
      faults,
      callbacks,
      signal,
      log,
    }),
  );
  app.use('/_local', controlApi({ phones, faults, setWebhookUrl, log }));

  const server = createServer(app);
  server.listen(options.port, '127.0.0.1');
  // Rejects if 'error' (say, the port is taken) comes first.
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    setWebhookUrl,
    phones,
    faults,
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        lifetime.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
