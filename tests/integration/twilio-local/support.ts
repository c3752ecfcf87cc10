import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import twilio from 'twilio';
import { createTwilioClient } from '../../../src/messaging/twilio-client';
import {
  startTwilioLocal,
  type TwilioLocal,
  type TwilioLocalOptions,
} from '../../../src/twilio-local';

export const ACCOUNT_SID = 'AC' + 'ab'.repeat(16);
export const AUTH_TOKEN = 'local-test-token';

export interface Post {
  path: string;
  params: Record<string, string>;
  validSignature: boolean;
}

/** Shiftline's stand-in: records every webhook and callback and checks its signature. */
export async function startReceiver() {
  const posts: Post[] = [];
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  let base = '';
  app.post('/{*path}', (req, res) => {
    const params = req.body as Record<string, string>;
    const signature = req.header('x-twilio-signature') ?? '';
    const validSignature = twilio.validateRequest(
      AUTH_TOKEN,
      signature,
      base + req.originalUrl,
      params,
    );
    posts.push({ path: req.path, params, validSignature });
    res.type('text/xml').send('<Response></Response>');
  });
  const server: Server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    posts,
    /** Polls until `count` posts match. */
    async waitFor(match: (post: Post) => boolean, count = 1, timeoutMs = 3_000): Promise<Post[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = posts.filter(match);
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A create-message POST without the SDK, for forms the SDK refuses to build. */
export async function rawCreate(
  local: TwilioLocal,
  form: Record<string, string>,
  resource = 'Messages.json',
) {
  const auth = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64');
  const response = await fetch(`${local.url}/2010-04-01/Accounts/${ACCOUNT_SID}/${resource}`, {
    method: 'POST',
    headers: { authorization: `Basic ${auth}` },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export interface Conformance {
  receiver: Receiver;
  local: TwilioLocal;
  client: twilio.Twilio;
  /** The URL status callbacks are posted to. */
  statusUrl: string;
  /** Every MessageStatus posted for the sid, in the order they arrived. */
  statusesOf(sid: string): string[];
  stop(): Promise<void>;
}

/** The local endpoint with a receiver for its webhooks and callbacks, and the real SDK pointed at it. */
export async function startConformance(
  options: Omit<TwilioLocalOptions, 'accountSid' | 'authToken' | 'webhookUrl'> = {},
): Promise<Conformance> {
  const receiver = await startReceiver();
  const local = await startTwilioLocal({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    webhookUrl: `${receiver.url}/inbound`,
    ...options,
  });
  const client = createTwilioClient({
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_API_URL: local.url,
  });
  return {
    receiver,
    local,
    client,
    statusUrl: `${receiver.url}/status`,
    statusesOf: (sid) =>
      receiver.posts
        .filter((post) => post.path === '/status' && post.params.MessageSid === sid)
        .map((post) => post.params.MessageStatus ?? ''),
    async stop() {
      await local.stop();
      await receiver.stop();
    },
  };
}

let phoneCounter = 0;
/** A number no other test in this process has used, so no state leaks between tests. */
export function newPhone(): string {
  phoneCounter += 1;
  return `+1555${String(process.pid % 1000).padStart(3, '0')}${String(phoneCounter).padStart(4, '0')}`;
}
