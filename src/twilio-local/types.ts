import type { CreateRequest } from './create-request';
import type { Logger } from '../log';

export interface TwilioLocalOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  accountSid: string;
  authToken: string;
  /** Shiftline's inbound-message URL, where the simulated phones post their texts. */
  webhookUrl?: string;
  /** Real milliseconds between a message's status changes; default 5. */
  statusDelayMs?: number;
  /** The virtual clock (ms since epoch) for dates and the WhatsApp 24-hour window; default Date.now. */
  now?: () => number;
  /** Where failed callbacks and unexpected errors are logged; default silent. */
  log?: Logger;
}

export type MessageStatus = 'accepted' | 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed';

/** A message the Messages API accepted (201), whatever became of it. */
export interface ApiMessage extends CreateRequest {
  sid: string;
  accountSid: string;
  numSegments: number;
  status: MessageStatus;
  errorCode: number | null;
  errorMessage: string | null;
  /** now() when the API accepted it. */
  acceptedAt: number;
  /** Real wall-clock ms when the API accepted it, for measuring pacing under a virtual clock. */
  acceptedAtRealMs: number;
  sentAt: number | null;
  updatedAt: number;
}

/** A message a simulated phone received (its final status was 'delivered'). */
export interface ReceivedMessage {
  sid: string;
  from: string;
  to: string;
  body: string;
  mediaUrls: string[];
  contentSid?: string;
  contentVariables?: string;
  /** now() when it was delivered. */
  receivedAt: number;
}

export interface InboundResult {
  /** The HTTP status and body of Shiftline's answer to the (last) webhook post. */
  status: number;
  body: string;
  messageSid: string;
}

export interface SendOptions {
  to?: string;
  messageSid?: string;
  /** WhatsApp only: the sender's profile name; default "Phone " + last 4 digits. */
  profileName?: string;
}

export interface TwilioLocalPhones {
  /** A person texts Shiftline: posts a signed, Twilio-shaped webhook to the webhook URL. */
  send(from: string, body: string, opts?: SendOptions): Promise<InboundResult>;
  /** Messages delivered to this number, in order. */
  received(number: string): ReceivedMessage[];
  /** Every message the API accepted, in order, whatever its status. */
  attempts(): ApiMessage[];
  /** Resolves when `number` has received at least `count` messages; rejects after timeoutMs (5000). */
  waitFor(number: string, count: number, timeoutMs?: number): Promise<ReceivedMessage[]>;
  isOptedOut(number: string): boolean;
  /** Forgets every message, opt-out, WhatsApp window and last sender. */
  clear(): void;
}

export interface TwilioLocalFaults {
  rateLimit(count: number): void;
  serverError(count: number): void;
  failFor(to: string, code: number): void;
  delay(ms: number): void;
  undeliveredFor(to: string): void;
  duplicateWebhooks(times: number): void;
  outOfOrderCallbacks(on: boolean): void;
  reset(): void;
}

export interface TwilioLocal {
  /** e.g. http://127.0.0.1:41234: what TWILIO_API_URL is set to. */
  url: string;
  port: number;
  setWebhookUrl(url: string): void;
  phones: TwilioLocalPhones;
  faults: TwilioLocalFaults;
  stop(): Promise<void>;
}
