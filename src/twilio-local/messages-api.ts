import { setTimeout as sleep } from 'node:timers/promises';
import express, {
  Router,
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
} from 'express';
import type { Logger } from '../log';
import {
  runDelivery,
  undelivered,
  WHATSAPP_WINDOW_CLOSED,
  type CallbackDeps,
  type Outcome,
} from './callbacks';
import { parseCreateRequest, type CreateRequest } from './create-request';
import { CREATE_FAILURES, type Faults } from './faults';
import type { MessageStore } from './message-store';
import type { Phones } from './phones';
import {
  TwilioApiError,
  errorBody,
  isWhatsApp,
  messageResource,
  newSid,
  segmentCount,
} from './twilio-format';
import type { ApiMessage } from './types';

export interface MessagesApiDeps {
  accountSid: string;
  authToken: string;
  now: () => number;
  store: MessageStore;
  phones: Phones;
  faults: Faults;
  callbacks: CallbackDeps;
  signal: AbortSignal;
  log: Logger;
}

const unauthenticated = () => new TwilioApiError(401, 20003, 'Authenticate');

/** HTTP basic auth must be AccountSid:AuthToken, and the URL's account must be that account. */
function authenticate(deps: MessagesApiDeps): RequestHandler<{ AccountSid: string }> {
  return (req, _res, next) => {
    const [scheme, encoded] = (req.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'basic' || !encoded) throw unauthenticated();
    const credentials = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = credentials.indexOf(':');
    const user = credentials.slice(0, colon);
    const password = credentials.slice(colon + 1);
    const valid =
      colon > 0 &&
      user === deps.accountSid &&
      password === deps.authToken &&
      req.params.AccountSid === deps.accountSid;
    if (!valid) throw unauthenticated();
    next();
  };
}

/** What becomes of an accepted message: a failFor fault, a closed WhatsApp window, or delivery. */
function outcomeFor(deps: MessagesApiDeps, request: CreateRequest): Outcome {
  const code = deps.faults.deliveryFailureFor(request.to);
  if (code !== undefined) return undelivered(code);
  const freeForm = request.contentSid === undefined;
  if (isWhatsApp(request.to) && freeForm && !deps.phones.whatsappWindowOpen(request.to)) {
    return { status: 'failed', error: WHATSAPP_WINDOW_CLOSED };
  }
  return { status: 'delivered' };
}

function accept(deps: MessagesApiDeps, request: CreateRequest): ApiMessage {
  const at = deps.now();
  const viaService = request.messagingServiceSid !== null;
  const { to, from, body, mediaUrls, contentSid, contentVariables, statusCallback } = request;
  const message: ApiMessage = {
    sid: newSid(mediaUrls.length > 0 ? 'MM' : 'SM'),
    accountSid: deps.accountSid,
    to,
    from,
    messagingServiceSid: request.messagingServiceSid,
    body,
    mediaUrls,
    ...(contentSid === undefined ? {} : { contentSid }),
    ...(contentVariables === undefined ? {} : { contentVariables }),
    ...(statusCallback === undefined ? {} : { statusCallback }),
    numSegments: segmentCount(body),
    status: viaService ? 'accepted' : 'queued',
    errorCode: null,
    errorMessage: null,
    acceptedAt: at,
    acceptedAtRealMs: Date.now(),
    sentAt: null,
    updatedAt: at,
  };
  deps.store.add(message);
  deps.phones.noteOutbound(to, from);
  return message;
}

/** Twilio's Messages API: create, fetch and list, with Twilio's auth, validation and error JSON. */
export function messagesApi(deps: MessagesApiDeps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '100kb' });
  const auth = authenticate(deps);

  router.use(async (_req, _res, next) => {
    if (deps.faults.delayMs > 0)
      await sleep(deps.faults.delayMs, undefined, { signal: deps.signal });
    next();
  });

  router.post('/Accounts/:AccountSid/Messages.json', auth, form, (req, res) => {
    const fault = deps.faults.takeCreateFault();
    if (fault) throw new TwilioApiError(fault.status, fault.code, fault.message);
    const request = parseCreateRequest(req.body);
    const code = deps.faults.createFailureFor(request.to);
    if (code === 21211) {
      throw new TwilioApiError(
        400,
        code,
        `The 'To' number ${request.to} is not a valid phone number.`,
      );
    }
    if (code !== undefined) throw new TwilioApiError(400, code, CREATE_FAILURES[code] ?? 'Refused');
    if (deps.phones.isOptedOut(request.to)) {
      throw new TwilioApiError(400, 21610, CREATE_FAILURES[21610] ?? 'Unsubscribed');
    }
    const message = accept(deps, request);
    res.status(201).json(messageResource(message));
    void runDelivery(deps.callbacks, message, outcomeFor(deps, request));
  });

  // Twilio's list: newest first, filtered by To and From, one page (PageSize, at most 1000).
  router.get(
    '/Accounts/:AccountSid/Messages.json',
    auth,
    (req: Request<{ AccountSid: string }>, res) => {
      const { To: to, From: from, PageSize: size } = req.query;
      const pageSize = Math.min(1000, Math.max(1, Number(size) || 50));
      const messages = deps.store
        .all()
        .filter(
          (m) =>
            m.accountSid === req.params.AccountSid &&
            (typeof to !== 'string' || m.to === to) &&
            (typeof from !== 'string' || m.from === from),
        )
        .reverse()
        .slice(0, pageSize);
      const uri = req.originalUrl;
      res.json({
        messages: messages.map(messageResource),
        page: 0,
        page_size: pageSize,
        start: 0,
        end: Math.max(0, messages.length - 1),
        uri,
        first_page_uri: uri,
        next_page_uri: null,
        previous_page_uri: null,
      });
    },
  );

  router.get(
    '/Accounts/:AccountSid/Messages/:Sid.json',
    auth,
    (req: Request<{ AccountSid: string; Sid: string }>, res) => {
      const message = deps.store.get(req.params.Sid);
      if (!message || message.accountSid !== req.params.AccountSid) throw notFound(req);
      res.json(messageResource(message));
    },
  );

  router.use((req) => {
    throw notFound(req);
  });
  router.use(twilioErrors(deps.log));
  return router;
}

function notFound(req: Request): TwilioApiError {
  return new TwilioApiError(404, 20404, `The requested resource ${req.originalUrl} was not found`);
}

function twilioErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof TwilioApiError) {
      res.status(error.status).json(error.toJSON());
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(400).json(errorBody(400, 20001, (error as Error).message));
      return;
    }
    log.error({ err: error, method: req.method, path: req.path }, 'twilio-local request failed');
    res.status(500).json(errorBody(500, 20500, 'Internal Server Error'));
  };
}
