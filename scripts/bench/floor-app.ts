/**
 * The floor for the inbound benchmark: the unavoidable work per incoming text and nothing
 * else — urlencoded parse, Twilio signature check, one insert, one BullMQ queue add — in a
 * minimal express app on this machine, against the same Redis and database server.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import express from 'express';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { isValidTwilioSignature } from '../../src/http/webhooks/verify-twilio-signature';

export interface FloorApp {
  /** The webhook URL to post to (and to sign for). */
  url: string;
  stop(): Promise<void>;
}

export async function startFloorApp(options: {
  mongoUri: string;
  redisUrl: string;
  authToken: string;
}): Promise<FloorApp> {
  const mongoUrl = new URL(options.mongoUri);
  mongoUrl.pathname = '/bench_floor';
  const db = await mongoose.createConnection(mongoUrl.toString()).asPromise();
  const inbound = db.collection('inbound');
  await inbound.createIndex({ messageSid: 1 }, { unique: true });
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('floor-inbound', { connection: redis, prefix: '{bench-floor}' });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  let base = '';
  app.post(
    '/webhooks/twilio/messages',
    express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 100 }),
    async (req, res) => {
      const params = (req.body ?? {}) as Record<string, string>;
      const signature = req.header('x-twilio-signature');
      if (!isValidTwilioSignature(options.authToken, signature, base + req.originalUrl, params)) {
        res.status(403).end();
        return;
      }
      await inbound.insertOne({
        messageSid: params.MessageSid,
        from: params.From,
        to: params.To,
        body: params.Body,
        receivedAt: new Date(),
      });
      await queue.add('inbound', { messageSid: params.MessageSid });
      res.type('text/xml').send('<Response></Response>');
    },
  );
  const server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/webhooks/twilio/messages`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      redis.disconnect();
      await db.dropDatabase().catch(() => undefined);
      await db.close();
    },
  };
}
