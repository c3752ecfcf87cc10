import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log';
import { DELIVERY_FAILURES, type Faults } from './faults';
import type { MessageStore } from './message-store';
import { postSigned } from './signed-post';
import { API_VERSION, bareNumber, isWhatsApp } from './twilio-format';
import type { ApiMessage, MessageStatus } from './types';

export const WHATSAPP_WINDOW_CLOSED = {
  code: 63016,
  message:
    'Failed to send freeform message because you are outside the allowed window. ' +
    'If you are using WhatsApp, please use a Message Template.',
};

export type Outcome =
  | { status: 'delivered' }
  | { status: 'undelivered' | 'failed'; error: { code: number; message: string } };

export function undelivered(code: number): Outcome {
  return {
    status: 'undelivered',
    error: { code, message: DELIVERY_FAILURES[code] ?? 'Undelivered' },
  };
}

export interface CallbackDeps {
  authToken: string;
  now: () => number;
  statusDelayMs: number;
  store: MessageStore;
  faults: Faults;
  signal: AbortSignal;
  log: Logger;
  /** The WhatsApp channel's "XE…" SID that WhatsApp callbacks carry. */
  channelInstallSid: string;
}

/**
 * The statuses an accepted message moves through, each with a callback. Twilio posts no
 * callback for the initial status (queued, or accepted through a Messaging Service, which is
 * then queued); a failed message never reached a carrier; a delivered WhatsApp message is then
 * read. Source: twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks.
 */
export function statusSteps(message: ApiMessage, outcome: Outcome): MessageStatus[] {
  const queued: MessageStatus[] = message.status === 'accepted' ? ['queued'] : [];
  if (outcome.status === 'failed') return [...queued, 'failed'];
  const read: MessageStatus[] =
    outcome.status === 'delivered' && isWhatsApp(message.to) ? ['read'] : [];
  return [...queued, 'sending', 'sent', outcome.status, ...read];
}

/**
 * Moves an accepted message to its outcome, one status every statusDelayMs, posting a signed
 * status callback for each. With outOfOrderCallbacks the statuses change in order but the
 * callbacks are posted newest first. Never rejects.
 */
export async function runDelivery(
  deps: CallbackDeps,
  message: ApiMessage,
  outcome: Outcome,
): Promise<void> {
  const steps = statusSteps(message, outcome);
  const errorFor = (status: MessageStatus) =>
    status === outcome.status && outcome.status !== 'delivered' ? outcome.error : undefined;
  try {
    if (deps.faults.reverseCallbacks) {
      for (const status of steps) {
        await sleep(deps.statusDelayMs, undefined, { signal: deps.signal });
        deps.store.setStatus(message.sid, status, deps.now(), errorFor(status));
      }
      for (const status of [...steps].reverse()) {
        await postStatus(deps, message, status, errorFor(status)?.code);
      }
      return;
    }
    for (const status of steps) {
      await sleep(deps.statusDelayMs, undefined, { signal: deps.signal });
      deps.store.setStatus(message.sid, status, deps.now(), errorFor(status));
      await postStatus(deps, message, status, errorFor(status)?.code);
    }
  } catch (error) {
    if (!deps.signal.aborted) deps.log.error({ err: error, sid: message.sid }, 'delivery failed');
  }
}

/** "2601150930": the carrier's delivery report time (YYMMDDhhmm, GMT) Twilio passes on. */
function rawDlrDoneDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\D/g, '').slice(2, 12);
}

/** The channel fields a WhatsApp callback adds, and an SMS delivery report's time. */
function channelFields(
  deps: CallbackDeps,
  message: ApiMessage,
  status: MessageStatus,
): Record<string, string> {
  if (isWhatsApp(message.to)) {
    return {
      ChannelPrefix: 'whatsapp',
      ChannelInstallSid: deps.channelInstallSid,
      ChannelToAddress: bareNumber(message.to),
    };
  }
  return status === 'delivered' || status === 'undelivered'
    ? { RawDlrDoneDate: rawDlrDoneDate(deps.now()) }
    : {};
}

async function postStatus(
  deps: CallbackDeps,
  message: ApiMessage,
  status: MessageStatus,
  errorCode: number | undefined,
): Promise<void> {
  if (!message.statusCallback) return;
  const params: Record<string, string> = {
    ...channelFields(deps, message, status),
    SmsSid: message.sid,
    SmsStatus: status,
    MessageStatus: status,
    To: message.to,
    MessageSid: message.sid,
    AccountSid: message.accountSid,
    From: message.from,
    ApiVersion: API_VERSION,
  };
  if (message.messagingServiceSid) params.MessagingServiceSid = message.messagingServiceSid;
  if (errorCode !== undefined) params.ErrorCode = String(errorCode);
  try {
    const answer = await postSigned(message.statusCallback, params, deps.authToken, deps.signal);
    if (answer.status >= 400) {
      deps.log.warn({ sid: message.sid, status, answer: answer.status }, 'status callback refused');
    }
  } catch (error) {
    if (deps.signal.aborted) return;
    // Twilio does not retry a failed status callback, and neither does this endpoint.
    deps.log.warn({ err: error, sid: message.sid, status }, 'status callback failed');
  }
}
