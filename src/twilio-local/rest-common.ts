import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from '../log';
import { TwilioApiError, errorBody } from './twilio-format';

const unauthenticated = () => new TwilioApiError(401, 20003, 'Authenticate');

/** HTTP basic auth must be AccountSid:AuthToken, and the URL's account must be that account. */
export function authenticate(
  accountSid: string,
  authToken: string,
): RequestHandler<{ AccountSid: string }> {
  return (req, _res, next) => {
    const [scheme, encoded] = (req.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'basic' || !encoded) throw unauthenticated();
    const credentials = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = credentials.indexOf(':');
    const user = credentials.slice(0, colon);
    const password = credentials.slice(colon + 1);
    const valid =
      colon > 0 &&
      user === accountSid &&
      password === authToken &&
      req.params.AccountSid === accountSid;
    if (!valid) throw unauthenticated();
    next();
  };
}

export function notFound(req: Request): TwilioApiError {
  return new TwilioApiError(404, 20404, `The requested resource ${req.originalUrl} was not found`);
}

/** Every error as Twilio's error JSON: {code, message, more_info, status}. */
export function twilioErrors(log: Logger): ErrorRequestHandler {
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
