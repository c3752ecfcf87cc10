import type { CookieOptions, Response } from 'express';
import { servedOverHttps, type Config } from '../../config';
import { KEY_COOKIE } from '../api/v1/auth/authenticate';

/** HttpOnly (page scripts never see the key), Strict (no cross-site requests carry it). */
function cookieOptions(config: Pick<Config, 'PUBLIC_BASE_URL'>): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: servedOverHttps(config),
  };
}

/** Keeps the console's API key in its cookie, for the browser to send with every request. */
export function setKeyCookie(
  res: Response,
  key: string,
  config: Pick<Config, 'PUBLIC_BASE_URL'>,
): void {
  res.cookie(KEY_COOKIE, key, cookieOptions(config));
}

export function clearKeyCookie(res: Response, config: Pick<Config, 'PUBLIC_BASE_URL'>): void {
  res.clearCookie(KEY_COOKIE, cookieOptions(config));
}
