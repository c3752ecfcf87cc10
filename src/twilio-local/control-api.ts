import express, { Router, type Request } from 'express';
import { z, type ZodType } from 'zod';
import { HttpError, errorHandler } from '../http/errors';
import type { Logger } from '../log';
import { CREATE_FAILURES, DELIVERY_FAILURES } from './faults';
import { address, InboundError, sendSchema } from './phones';
import type { TwilioLocalAccount, TwilioLocalFaults, TwilioLocalPhones } from './types';

export interface ControlApiDeps {
  phones: TwilioLocalPhones;
  faults: TwilioLocalFaults;
  account: TwilioLocalAccount;
  setWebhookUrl(url: string): void;
  log: Logger;
}

const count = z.int().min(0).max(1_000_000);
const failCodes = [...Object.keys(CREATE_FAILURES), ...Object.keys(DELIVERY_FAILURES)].map(Number);

const numberParam = z.object({ number: address });

const inboundText = z.strictObject(sendSchema.omit({ from: true }).shape);

/** The same names and arguments as TwilioLocal['faults']. */
const fault = z.discriminatedUnion('fault', [
  z.strictObject({ fault: z.literal('rateLimit'), count }),
  z.strictObject({ fault: z.literal('serverError'), count }),
  z.strictObject({
    fault: z.literal('failFor'),
    to: address,
    code: z.int().refine((code) => failCodes.includes(code), {
      error: `expected one of ${failCodes.join(', ')}`,
    }),
  }),
  z.strictObject({ fault: z.literal('delay'), ms: z.int().min(0).max(60_000) }),
  z.strictObject({ fault: z.literal('undeliveredFor'), to: address }),
  z.strictObject({ fault: z.literal('duplicateWebhooks'), times: z.int().min(1).max(100) }),
  z.strictObject({ fault: z.literal('outOfOrderCallbacks'), on: z.boolean() }),
]);

const webhook = z.strictObject({ url: z.url({ protocol: /^https?$/ }) });

const template = z.strictObject({
  sid: z.string().regex(/^HX[0-9a-fA-F]{32}$/, { error: 'expected HX + 32 hex digits' }),
  body: z.string().min(1).max(1024).optional(),
  approved: z.boolean().optional(),
});

function parse<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw HttpError.fromZod(parsed.error, what);
  return parsed.data;
}

const numberOf = (req: Request) => parse(numberParam, req.params, 'phone number').number;

/** JSON routes under /_local for other processes (dev mode, a browser console). No auth: loopback only. */
export function controlApi(deps: ControlApiDeps): Router {
  const router = Router();
  router.use(express.json({ limit: '32kb' }));

  router.post('/phones/:number/messages', async (req, res) => {
    const from = numberOf(req);
    const { body, ...opts } = parse(inboundText, req.body, 'inbound text');
    try {
      res.json(await deps.phones.send(from, body, opts));
    } catch (error) {
      if (error instanceof InboundError) throw new HttpError(400, error.message);
      throw new HttpError(502, `webhook not reached: ${(error as Error).message}`, undefined, {
        cause: error,
      });
    }
  });

  router.get('/phones/:number/messages', (req, res) => {
    res.json(deps.phones.received(numberOf(req)));
  });

  router.get('/phones/:number', (req, res) => {
    const number = numberOf(req);
    res.json({ number, optedOut: deps.phones.isOptedOut(number) });
  });

  router.get('/messages', (_req, res) => {
    res.json(deps.phones.attempts());
  });

  router.post('/faults', (req, res) => {
    const input = parse(fault, req.body, 'fault');
    const { faults } = deps;
    switch (input.fault) {
      case 'rateLimit':
        faults.rateLimit(input.count);
        break;
      case 'serverError':
        faults.serverError(input.count);
        break;
      case 'failFor':
        faults.failFor(input.to, input.code);
        break;
      case 'delay':
        faults.delay(input.ms);
        break;
      case 'undeliveredFor':
        faults.undeliveredFor(input.to);
        break;
      case 'duplicateWebhooks':
        faults.duplicateWebhooks(input.times);
        break;
      case 'outOfOrderCallbacks':
        faults.outOfOrderCallbacks(input.on);
        break;
    }
    res.status(204).end();
  });

  router.post('/faults/reset', (_req, res) => {
    deps.faults.reset();
    res.status(204).end();
  });

  router.post('/templates', (req, res) => {
    deps.account.addTemplate(parse(template, req.body, 'template'));
    res.status(204).end();
  });

  router.put('/webhook', (req, res) => {
    deps.setWebhookUrl(parse(webhook, req.body, 'webhook').url);
    res.status(204).end();
  });

  router.post('/clear', (_req, res) => {
    deps.phones.clear();
    res.status(204).end();
  });

  router.use((req) => {
    throw new HttpError(404, `no route ${req.method} ${req.originalUrl}`);
  });
  router.use(errorHandler(deps.log));
  return router;
}
