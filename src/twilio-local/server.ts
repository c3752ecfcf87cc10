import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import pino from 'pino';
import { z } from 'zod';
import type { Logger } from '../log';
import { Account } from './account';
import { controlApi } from './control-api';
import { Faults } from './faults';
import { incomingNumbersApi } from './incoming-numbers-api';
import { MessageStore } from './message-store';
import { messagesApi } from './messages-api';
import { OptOuts } from './opt-outs';
import { Phones } from './phones';
import { notFound, twilioErrors } from './rest-common';
import { API_VERSION, DEFAULT_SENDER } from './twilio-format';
import type {
  TwilioLocal,
  TwilioLocalAccount,
  TwilioLocalOptions,
  TwilioLocalPhones,
} from './types';

const keywords = z.array(z.string().regex(/^\S+$/)).optional();

const optionsSchema = z.object({
  port: z.int().min(0).max(65535).default(0),
  accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, { error: 'expected AC + 32 hex digits' }),
  authToken: z.string().min(1),
  webhookUrl: z.url({ protocol: /^https?$/ }).optional(),
  statusDelayMs: z.int().min(0).max(60_000).default(5),
  now: z.custom<() => number>((value) => typeof value === 'function').default(() => Date.now),
  log: z.custom<Logger>((value) => typeof value === 'object' && value !== null).optional(),
  numbers: z.array(z.string().regex(/^\+[1-9]\d{6,14}$/)).default([DEFAULT_SENDER]),
  templates: z
    .array(
      z.object({
        sid: z.string().regex(/^HX[0-9a-fA-F]{32}$/),
        body: z.string().min(1).optional(),
        approved: z.boolean().optional(),
      }),
    )
    .default([]),
  advancedOptOut: z.object({ stop: keywords, start: keywords, help: keywords }).optional(),
});

const webhookUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * Starts, on 127.0.0.1, an HTTP server that answers like Twilio's Messages and
 * IncomingPhoneNumbers APIs, with simulated phones and switchable faults (see TwilioLocal).
 */
export async function startTwilioLocal(o: TwilioLocalOptions): Promise<TwilioLocal> {
  const options = optionsSchema.parse(o);
  const { accountSid, authToken, now } = options;
  const log = options.log ?? pino({ level: 'silent' });
  let webhookUrl = options.webhookUrl;
  const lifetime = new AbortController();
  const signal = lifetime.signal;

  const account = new Account(accountSid, now);
  for (const number of options.numbers) account.addNumber(number);
  for (const template of options.templates) account.addTemplate(template);
  const optOuts = new OptOuts(options.advancedOptOut, account.messagingServiceSid);
  const faults = new Faults();
  const store = new MessageStore();
  const phoneRegistry = new Phones({
    accountSid,
    authToken,
    now,
    faults,
    optOuts,
    ...(optOuts.isAdvanced ? { messagingServiceSid: account.messagingServiceSid } : {}),
    signal,
    webhookUrl: () => webhookUrl,
  });
  const phones: TwilioLocalPhones = {
    send: (from, body, opts) => phoneRegistry.send(from, body, opts),
    received: (number) => store.received(number),
    attempts: () => store.all(),
    waitFor: (number, count, timeoutMs) => store.waitFor(number, count, timeoutMs),
    isOptedOut: (number) => optOuts.isOptedOut(number),
    clear: () => {
      store.clear();
      phoneRegistry.clear();
    },
  };
  const accountControl: TwilioLocalAccount = {
    addNumber: (number) => void account.addNumber(number),
    removeNumber: (number) => void account.removeNumber(number),
    numbers: () => account.listNumbers().map((number) => number.phoneNumber),
    addTemplate: (template) => account.addTemplate(template),
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
    channelInstallSid:
      'XE' + createHash('sha256').update(`wa:${accountSid}`).digest('hex').slice(0, 32),
  };
  const rest = express.Router();
  rest.use(async (_req, _res, next) => {
    if (faults.delayMs > 0) await sleep(faults.delayMs, undefined, { signal });
    next();
  });
  rest.use(
    messagesApi({
      accountSid,
      authToken,
      now,
      store,
      phones: phoneRegistry,
      account,
      optOuts,
      faults,
      callbacks,
      log,
    }),
  );
  rest.use(incomingNumbersApi({ accountSid, authToken, account }));
  rest.use((req) => {
    throw notFound(req);
  });
  rest.use(twilioErrors(log));
  app.use(`/${API_VERSION}`, rest);
  app.use('/_local', controlApi({ phones, faults, account: accountControl, setWebhookUrl, log }));

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
    account: accountControl,
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
