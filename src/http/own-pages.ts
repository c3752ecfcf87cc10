import type { Request } from 'express';
import type { Config } from '../config';
import { loopbackHosts } from './dev-hosts';

/** The origins of Shiftline's own pages: the public address, plus `also` (the console's). */
export function ownOrigins(
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'DEV_MODE'>,
  req: Request,
  also: readonly string[] = [],
): string[] {
  return [
    new URL(config.PUBLIC_BASE_URL).origin,
    ...also,
    // Dev mode answers this machine's names (see devHostsOnly), so its pages may be on any.
    ...(config.DEV_MODE ? loopbackHosts(req).map((host) => `http://${host}`) : []),
  ];
}

/**
 * Whether a browser sent the request from one of `origins`' pages, as far as it says: the Origin
 * it names is one of them, or it names none and its Sec-Fetch-Site is same-origin or none (typed
 * or bookmarked). A client that is not a browser says neither, and is let through: only a browser
 * carries another site's forged request. A page served with Referrer-Policy: no-referrer has its
 * forms post Origin: null, which is refused: a page with forms must allow at least same-origin.
 */
export function fromOwnPages(req: Request, origins: readonly string[]): boolean {
  const origin = req.get('origin');
  if (origin !== undefined) return origins.includes(origin);
  const site = req.get('sec-fetch-site');
  return site === undefined || ['same-origin', 'none'].includes(site);
}
