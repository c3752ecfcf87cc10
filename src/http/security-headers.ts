import helmet, { type HelmetOptions } from 'helmet';
import type { RequestHandler } from 'express';
import { servedOverHttps, type Config } from '../config';

type Directives = NonNullable<
  Exclude<HelmetOptions['contentSecurityPolicy'], boolean | undefined>['directives']
>;

/**
 * What every page may load: our own scripts, styles, images and API, nothing inline, nothing
 * from elsewhere, and never inside another site's frame. The console, the public programme pages
 * and the API's answers all live under it.
 */
const OWN_ORIGIN_ONLY: Directives = {
  defaultSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * helmet on every response: the policy above, nosniff, no referrer, no framing, and HSTS when
 * the public address is https (over plain http a browser ignores it, and a local or test
 * server must not teach one to insist on https).
 */
export function securityHeaders(config: Pick<Config, 'PUBLIC_BASE_URL'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: OWN_ORIGIN_ONLY },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Only the public host: its sibling subdomains are not ours to pin to https.
    strictTransportSecurity: servedOverHttps(config)
      ? { maxAge: ONE_YEAR_S, includeSubDomains: false }
      : false,
  });
}

/**
 * The policy for a page that styles itself inline and sets <base> (the queue dashboard): inline
 * styles and data: images and fonts allowed, a web font from another origin left to fall back.
 */
export const inlineStylesPolicy: RequestHandler = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    ...OWN_ORIGIN_ONLY,
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    baseUri: ["'self'"],
  },
});
