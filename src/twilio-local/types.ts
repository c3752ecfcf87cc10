import type { CreateRequest } from './create-request';
import type { AdvancedOptOut } from './opt-outs';
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
  /** The account's phone numbers (IncomingPhoneNumbers), the only senders it accepts; default [+15005550006]. */
  numbers?: string[];
  /** The account's Content templates; `body` defaults to "{{1}}", `approved` to true. */
  templates?: TemplateSpec[];
  /**
   * Advanced Opt-Out: every number is in one Messaging Service whose keywords (these lists,
   * or Twilio's defaults) opt out of the whole service and arrive as OptOutType. Absent:
   * Twilio's default handling (per number, SMS only, no OptOutType).
   */
  advancedOptOut?: AdvancedOptOut;
}

export interface TemplateSpec {
  sid: string;
  body?: string;
  approved?: boolean;
}

export type MessageStatus =
  'accepted' | 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'read';

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
  /** Whether the number has blocked any sender (STOP). */
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

/** What the account owns, changed as an operator would (buying a number, adding a template). */
export interface TwilioLocalAccount {
  addNumber(phoneNumber: string): void;
  removeNumber(phoneNumber: string): void;
  numbers(): string[];
  addTemplate(template: TemplateSpec): void;
}

export interface TwilioLocal {
  /** e.g. http://127.0.0.1:41234: what TWILIO_API_URL is set to. */
  url: string;
  port: number;
  setWebhookUrl(url: string): void;
  phones: TwilioLocalPhones;
  faults: TwilioLocalFaults;
  account: TwilioLocalAccount;
  stop(): Promise<void>;
}
