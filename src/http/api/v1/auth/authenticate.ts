import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Models } from '../../../../models';
import type { ApiRole } from '../../../../models/api-key';
import { HttpError } from '../../../errors';
import { callerForKey, type Caller } from './api-keys';

/** The console keeps the key in this cookie (HttpOnly), so pages like the queue dashboard work. */
export const KEY_COOKIE = 'shiftline_key';

/** What each role may do, from least to most. */
const ROLE_RANK: Record<ApiRole, number> = { read_only: 0, coordinator: 1, admin: 2, operator: 3 };

export const hasRole = (caller: Caller, atLeast: ApiRole): boolean =>
  ROLE_RANK[caller.role] >= ROLE_RANK[atLeast];

/** The key in the console's cookie, if the request carries one. */
export function keyCookieOf(req: Request): string | undefined {
  const cookies = req.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === KEY_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** An Authorization header wins over the cookie. */
export function keyFrom(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header) return /^Bearer (.+)$/i.exec(header.trim())?.[1];
  return keyCookieOf(req);
}

/** res.locals.caller from the Bearer key or the console's cookie, or why there is none. */
async function identify(models: Models, req: Request, res: Response): Promise<void> {
  const key = keyFrom(req);
  const caller = key ? await callerForKey(models, key) : null;
  if (caller) res.locals.caller = caller;
  else res.locals.authFailure = key ? 'invalid' : 'missing';
}

/**
 * For the API: sets the caller, or marks the request, which goes on to the failed-authentication
 * limit and then `refuseUnauthenticated`.
 */
export const identifyCaller =
  (models: Models): RequestHandler =>
  async (req, res, next) => {
    await identify(models, req, res);
    next();
  };

/** Sets res.locals.caller; 401 without a good key. */
export function authenticate(models: Models): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    await identify(models, req, res);
    refuseUnauthenticated(req, res, next);
  };
}

export const failedAuthentication = (res: Response): boolean =>
  res.locals.authFailure !== undefined;

/** 401 for a request `authenticate` found no good key in. */
export const refuseUnauthenticated: RequestHandler = (_req, res, next) => {
  if (res.locals.authFailure === 'missing') {
    res.set('WWW-Authenticate', 'Bearer realm="shiftline"');
    throw new HttpError(401, 'an API key is needed: Authorization: Bearer <key>');
  }
  if (res.locals.authFailure === 'invalid') {
    res.set('WWW-Authenticate', 'Bearer realm="shiftline", error="invalid_token"');
    throw new HttpError(401, 'unknown or revoked API key');
  }
  next();
};

export function callerOf(res: Response): Caller {
  const caller = res.locals.caller as Caller | undefined;
  if (!caller) throw new Error('authenticate() must run before this handler');
  return caller;
}

/** 403 unless the caller's role is at least `atLeast`. */
export function requireRole(atLeast: ApiRole): RequestHandler {
  return (_req, res, next) => {
    const caller = callerOf(res);
    if (!hasRole(caller, atLeast))
      throw new HttpError(403, `this needs the ${atLeast} role; the key has ${caller.role}`);
    next();
  };
}
