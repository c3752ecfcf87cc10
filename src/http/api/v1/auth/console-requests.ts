import type { Request, RequestHandler } from 'express';
import type { Config } from '../../../../config';
import { fromOwnPages, ownOrigins } from '../../../own-pages';
import { ApiError } from '../errors/api-error';
import { keyCookieOf } from './authenticate';

/**
 * Sent by the console's own scripts with every request. A page on another origin (another port
 * of the same host included) cannot add a custom header without a CORS preflight, which
 * Shiftline never grants, and a form cannot add one at all: so a request carrying it comes from
 * a page of ours. Stateless, unlike a token, and the cookie stays HttpOnly.
 */
export const CONSOLE_HEADER = 'X-Shiftline-Console';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Why a state-changing request with the cookie is not the console's, or null when it is. */
function whyNotTheConsole(
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'CONSOLE_ORIGINS' | 'DEV_MODE'>,
  req: Request,
): string | null {
  if (!req.get(CONSOLE_HEADER))
    return `a change made with the console's cookie needs the ${CONSOLE_HEADER} header; other clients send Authorization: Bearer <key>`;
  if (fromOwnPages(req, ownOrigins(config, req, config.CONSOLE_ORIGINS))) return null;
  const origin = req.get('origin');
  return origin !== undefined
    ? `a change made with the console's cookie must come from the console's own pages, not from ${origin}`
    : "a change made with the console's cookie must come from the console's own pages";
}

/**
 * Cross-site request forgery: a state-changing request authenticated by the console's cookie
 * (no Authorization header) is refused with a 403 unless it carries CONSOLE_HEADER and, when the
 * browser names its origin, comes from one of the console's. SameSite=Strict alone lets any page
 * of the same site (another port of the same host) use the cookie. `cookielessToo` guards the
 * sign-in as well, which sets the cookie rather than carrying it.
 */
export function consoleRequestsOnly(
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'CONSOLE_ORIGINS' | 'DEV_MODE'>,
  { cookielessToo = false }: { cookielessToo?: boolean } = {},
): RequestHandler {
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method) || req.get('authorization') !== undefined) return next();
    if (!cookielessToo && keyCookieOf(req) === undefined) return next();
    const problem = whyNotTheConsole(config, req);
    if (problem) throw new ApiError(403, 'forbidden', problem);
    next();
  };
}
