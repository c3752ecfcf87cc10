import express, { Router, type Request } from 'express';
import type { Logger } from '../log';
import type { Account } from './account';
import {
  runDelivery,
  undelivered,
  WHATSAPP_WINDOW_CLOSED,
  type CallbackDeps,
  type Outcome,
} from './callbacks';
import { renderTemplate } from './content-variables';
import { parseCreateRequest, type CreateRequest } from './create-request';
import { sentWithin } from './date-sent-filter';
import { CREATE_FAILURES, type Faults } from './faults';
import type { MessageStore } from './message-store';
import type { OptOuts } from './opt-outs';
import { listPage } from './paging';
import type { Phones } from './phones';
import { authenticate, notFound } from './rest-common';
import { TwilioApiError, isWhatsApp, messageResource, newSid, segmentCount } from './twilio-format';
import type { ApiMessage } from './types';

export interface MessagesApiDeps {
  accountSid: string;
  authToken: string;
  now: () => number;
  store: MessageStore;
  phones: Phones;
  account: Account;
  optOuts: OptOuts;
  faults: Faults;
  callbacks: CallbackDeps;
  log: Logger;
}

const WHATSAPP_SENDER_UNKNOWN = {
  code: 63007,
  message: 'Twilio could not find a Channel with the specified From address',
};

/**
 * What becomes of an accepted message: a failFor fault, a WhatsApp sender the account does not
 * have, free-form (or an unapproved template, which WhatsApp treats as free-form) outside the
 * 24-hour window, or delivery.
 */
function outcomeFor(deps: MessagesApiDeps, request: CreateRequest): Outcome {
  const code = deps.faults.deliveryFailureFor(request.to);
  if (code !== undefined) return undelivered(code);
  if (!isWhatsApp(request.to)) return { status: 'delivered' };
  if (!deps.account.ownsSender(request.from))
    return { status: 'failed', error: WHATSAPP_SENDER_UNKNOWN };
  const template = request.contentSid ? deps.account.template(request.contentSid) : undefined;
  if (!template?.approved && !deps.phones.whatsappWindowOpen(request.to)) {
    return { status: 'failed', error: WHATSAPP_WINDOW_CLOSED };
  }
  return { status: 'delivered' };
}

/** Refusals at create that depend on the account: its senders, templates and opt-outs. */
function checkAccount(deps: MessagesApiDeps, request: CreateRequest): void {
  const code = deps.faults.createFailureFor(request.to);
  if (code === 21211) {
    throw new TwilioApiError(
      400,
      code,
      `The 'To' number ${request.to} is not a valid phone number.`,
    );
  }
  if (code !== undefined) throw new TwilioApiError(400, code, CREATE_FAILURES[code] ?? 'Refused');
  if (!isWhatsApp(request.from) && !deps.account.ownsSender(request.from)) {
    throw new TwilioApiError(
      400,
      21606,
      `The From phone number ${request.from} is not a valid, SMS-capable inbound phone number or short code for your account.`,
    );
  }
  if (request.contentSid && !deps.account.template(request.contentSid)) {
    throw new TwilioApiError(400, 21655, 'The ContentSid is Invalid.');
  }
  if (deps.optOuts.blocks(request.to, request.from)) {
    throw new TwilioApiError(400, 21610, CREATE_FAILURES[21610] ?? 'Unsubscribed');
  }
}

function accept(deps: MessagesApiDeps, request: CreateRequest): ApiMessage {
  const at = deps.now();
  const viaService = request.messagingServiceSid !== null;
  const { to, from, mediaUrls, contentSid, contentVariables, statusCallback } = request;
  const template = contentSid ? deps.account.template(contentSid) : undefined;
  const body = template ? renderTemplate(template.body, contentVariables) : request.body;
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
  const auth = authenticate(deps.accountSid, deps.authToken);

  router.post('/Accounts/:AccountSid/Messages.json', auth, form, (req, res) => {
    const fault = deps.faults.takeCreateFault();
    if (fault) throw new TwilioApiError(fault.status, fault.code, fault.message);
    const request = parseCreateRequest(req.body);
    checkAccount(deps, request);
    const message = accept(deps, request);
    res.status(201).json(messageResource(message));
    void runDelivery(deps.callbacks, message, outcomeFor(deps, request));
  });

  // Newest first, filtered by To, From and DateSent (=, <=, >=), paged.
  router.get('/Accounts/:AccountSid/Messages.json', auth, (req, res) => {
    const { To: to, From: from } = req.query;
    const dateSent = sentWithin(req.query);
    const messages = deps.store
      .all()
      .filter(
        (m) =>
          m.accountSid === req.params.AccountSid &&
          (typeof to !== 'string' || m.to === to) &&
          (typeof from !== 'string' || m.from === from) &&
          dateSent(m.sentAt),
      )
      .reverse();
    res.json(listPage(messages, req.baseUrl + req.path, req.query, 'messages', messageResource));
  });

  router.get(
    '/Accounts/:AccountSid/Messages/:Sid.json',
    auth,
    (req: Request<{ AccountSid: string; Sid: string }>, res) => {
      const message = deps.store.get(req.params.Sid);
      if (!message || message.accountSid !== req.params.AccountSid) throw notFound(req);
      res.json(messageResource(message));
    },
  );
  return router;
}
