import express, { Router, type Request } from 'express';
import type { Account, IncomingNumber } from './account';
import { listPage } from './paging';
import { API_VERSION, TwilioApiError, rfc2822 } from './twilio-format';
import { authenticate, notFound } from './rest-common';

export interface IncomingNumbersApiDeps {
  accountSid: string;
  authToken: string;
  account: Account;
}

type Params = { AccountSid: string };

/** The IncomingPhoneNumber resource with the fields of twilio-oai's api.v2010 schema. */
function numberResource(accountSid: string, number: IncomingNumber): Record<string, unknown> {
  const date = rfc2822(number.createdAt);
  return {
    account_sid: accountSid,
    address_sid: null,
    address_requirements: 'none',
    api_version: API_VERSION,
    beta: false,
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    date_created: date,
    date_updated: date,
    friendly_name: number.friendlyName,
    identity_sid: null,
    phone_number: number.phoneNumber,
    origin: 'twilio',
    sid: number.sid,
    sms_application_sid: '',
    sms_fallback_method: 'POST',
    sms_fallback_url: '',
    sms_method: 'POST',
    sms_url: '',
    status_callback: '',
    status_callback_method: 'POST',
    trunk_sid: null,
    uri: `/${API_VERSION}/Accounts/${accountSid}/IncomingPhoneNumbers/${number.sid}.json`,
    voice_receive_mode: 'voice',
    voice_application_sid: null,
    voice_caller_id_lookup: false,
    voice_fallback_method: 'POST',
    voice_fallback_url: null,
    voice_method: 'POST',
    voice_url: null,
    emergency_status: 'Inactive',
    emergency_address_sid: null,
    emergency_address_status: 'unregistered',
    bundle_sid: null,
    status: 'in-use',
    type: 'local',
  };
}

/** PhoneNumber filter: digits with '*' for any one digit, matched anywhere in the number. */
function matchesPattern(phoneNumber: string, pattern: string): boolean {
  const digits = pattern.replace(/[^\d*]/g, '');
  const regex = new RegExp(digits.replace(/\*/g, '\\d'));
  return regex.test(phoneNumber.replace(/\D/g, ''));
}

/** The account's numbers: list (PhoneNumber filter, paging), fetch, buy (create) and release. */
export function incomingNumbersApi(deps: IncomingNumbersApiDeps): Router {
  const router = Router();
  const auth = authenticate(deps.accountSid, deps.authToken);
  const form = express.urlencoded({ extended: false, limit: '100kb' });
  const resource = (number: IncomingNumber) => numberResource(deps.accountSid, number);
  const bySid = (req: Request<Params & { Sid: string }>) => {
    const number = deps.account.bySid(req.params.Sid);
    if (!number) throw notFound(req);
    return number;
  };

  router.get('/Accounts/:AccountSid/IncomingPhoneNumbers.json', auth, (req, res) => {
    const { PhoneNumber: pattern } = req.query;
    const numbers = deps.account
      .listNumbers()
      .filter((n) => typeof pattern !== 'string' || matchesPattern(n.phoneNumber, pattern));
    res.json(
      listPage(numbers, req.baseUrl + req.path, req.query, 'incoming_phone_numbers', resource),
    );
  });

  router.post('/Accounts/:AccountSid/IncomingPhoneNumbers.json', auth, form, (req, res) => {
    const phoneNumber = (req.body as { PhoneNumber?: unknown }).PhoneNumber;
    if (typeof phoneNumber !== 'string' || !/^\+[1-9]\d{6,14}$/.test(phoneNumber)) {
      throw new TwilioApiError(400, 21421, 'PhoneNumber is invalid');
    }
    res.status(201).json(resource(deps.account.addNumber(phoneNumber)));
  });

  router.get(
    '/Accounts/:AccountSid/IncomingPhoneNumbers/:Sid.json',
    auth,
    (req: Request<Params & { Sid: string }>, res) => {
      res.json(resource(bySid(req)));
    },
  );

  router.delete(
    '/Accounts/:AccountSid/IncomingPhoneNumbers/:Sid.json',
    auth,
    (req: Request<Params & { Sid: string }>, res) => {
      deps.account.removeNumber(bySid(req).sid);
      res.status(204).end();
    },
  );
  return router;
}
