import type { Request, RequestHandler } from 'express';
import { LOOPBACK_HOSTNAMES, type Config } from '../config';
import { HttpError } from './errors';

/** This machine's names with the port the request came in on: `localhost:3000`, … */
export const loopbackHosts = (req: Request): string[] =>
  LOOPBACK_HOSTNAMES.map((name) => `${name}:${req.socket.localPort}`);

/**
 * Dev mode answers only Host headers naming this machine or PUBLIC_BASE_URL: a page on any other
 * name that resolves to 127.0.0.1 (DNS rebinding) gets a 421 and never reaches the console, whose
 * dev sign-in needs no key.
 */
export function devHostsOnly(config: Pick<Config, 'PUBLIC_BASE_URL'>): RequestHandler {
  const publicHost = new URL(config.PUBLIC_BASE_URL).host;
  return (req, _res, next) => {
    const host = req.get('host')?.toLowerCase();
    if (host !== publicHost && !loopbackHosts(req).includes(host ?? ''))
      throw new HttpError(421, `dev mode answers only ${publicHost} and this machine's names`);
    next();
  };
}
