import type { RequestHandler } from 'express';
import twilio from 'twilio';
import { HttpError } from '../errors';

/** True when the X-Twilio-Signature matches the URL Twilio called and the form it posted. */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, unknown>,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

/**
 * Rejects, with 403 and before anything is stored, a request not signed with our auth token
 * for PUBLIC_BASE_URL + the path it was sent to. Twilio signs the URL as configured, connection
 * overrides included, but never sends the fragment: with overrides configured, the URL with
 * them is accepted too.
 */
export function verifyTwilioSignature(
  authToken: string,
  publicBaseUrl: string,
  overrides?: string,
): RequestHandler {
  const base = publicBaseUrl.replace(/\/$/, '');
  return (req, _res, next) => {
    const params = (req.body ?? {}) as Record<string, unknown>;
    const url = base + req.originalUrl;
    const signedAs = overrides ? [url, `${url}#${overrides}`] : [url];
    const signature = req.header('x-twilio-signature');
    if (
      !signedAs.some((candidate) => isValidTwilioSignature(authToken, signature, candidate, params))
    )
      throw new HttpError(403, 'invalid Twilio signature');
    next();
  };
}
