import { randomBytes } from 'node:crypto';
import { SegmentedMessage } from 'sms-segments-calculator';
import type { ApiMessage } from './types';

export const API_VERSION = '2010-04-01';
export const DEFAULT_SENDER = '+15005550006';

const E164 = /^\+[1-9]\d{6,14}$/;
const ADDRESS = /^(?:whatsapp:)?\+[1-9]\d{6,14}$/;
const SHORT_CODE = /^\d{5,6}$/;
const ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;

/** A two-letter prefix ("SM" for a message, "PN" for a number) + 32 hex digits, like Twilio's SIDs. */
export function newSid(prefix: 'SM' | 'MM' | 'PN' = 'SM'): string {
  return prefix + randomBytes(16).toString('hex');
}

/** "+15551230001" or "whatsapp:+15551230001". */
export function isAddress(value: string): boolean {
  return ADDRESS.test(value);
}

export function isWhatsApp(address: string): boolean {
  return address.startsWith('whatsapp:');
}

export function bareNumber(address: string): string {
  return isWhatsApp(address) ? address.slice('whatsapp:'.length) : address;
}

/** A number, short code or alphanumeric sender ID that Twilio would take as From. */
export function isSender(value: string): boolean {
  if (isWhatsApp(value)) return E164.test(bareNumber(value));
  return E164.test(value) || SHORT_CODE.test(value) || ALPHANUMERIC_SENDER.test(value);
}

export function defaultSenderFor(address: string): string {
  return isWhatsApp(address) ? `whatsapp:${DEFAULT_SENDER}` : DEFAULT_SENDER;
}

export function segmentCount(body: string): number {
  return body === '' ? 1 : new SegmentedMessage(body).segmentsCount;
}

/** Twilio's date format: "Thu, 01 Jan 2026 09:30:00 +0000". */
export function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

/** The JSON body of every Twilio REST error; twilio-node's RestException reads these four fields. */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export function errorBody(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

export function messageUri(accountSid: string, sid: string): string {
  return `/${API_VERSION}/Accounts/${accountSid}/Messages/${sid}.json`;
}

/** The Message resource as Twilio's REST API returns it. */
export function messageResource(message: ApiMessage): Record<string, unknown> {
  const uri = messageUri(message.accountSid, message.sid);
  return {
    account_sid: message.accountSid,
    api_version: API_VERSION,
    body: message.body,
    date_created: rfc2822(message.acceptedAt),
    date_sent: message.sentAt === null ? null : rfc2822(message.sentAt),
    date_updated: rfc2822(message.updatedAt),
    direction: 'outbound-api',
    error_code: message.errorCode,
    error_message: message.errorMessage,
    from: message.from,
    messaging_service_sid: message.messagingServiceSid,
    num_media: String(message.mediaUrls.length),
    num_segments: String(message.numSegments),
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: message.status,
    subresource_uris: {
      media: uri.replace(/\.json$/, '/Media.json'),
      feedback: uri.replace(/\.json$/, '/Feedback.json'),
    },
    to: message.to,
    uri,
  };
}

/** Thrown inside the Messages API; answered as Twilio's error JSON. */
export class TwilioApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'TwilioApiError';
  }

  toJSON(): TwilioErrorBody {
    return errorBody(this.status, this.code, this.message);
  }
}
