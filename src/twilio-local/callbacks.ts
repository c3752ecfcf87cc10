import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log';
import { DELIVERY_FAILURES, type Faults } from './faults';
import type { MessageStore } from './message-store';
import { postSigned } from './signed-post';
import { API_VERSION } from './twilio-format';
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
}

/**
 * Moves an accepted message to its outcome, one status every statusDelayMs, posting a signed
 * status callback for each: sent then the final status ('failed' skips 'sent', as a message
 * Twilio never handed to a carrier does). With outOfOrderCallbacks the statuses change in
 * order but the callbacks, queued included, are posted newest first. Never rejects.
 */
export async function runDelivery(
  deps: CallbackDeps,
  message: ApiMessage,
  outcome: Outcome,
): Promise<void> {
  const initial = message.status;
  const steps: MessageStatus[] =
    outcome.status === 'failed' ? ['failed'] : ['sent', outcome.status];
  const errorFor = (status: MessageStatus) =>
    status === outcome.status && outcome.status !== 'delivered' ? outcome.error : undefined;
  try {
    if (deps.faults.reverseCallbacks) {
      for (const status of steps) {
        await sleep(deps.statusDelayMs, undefined, { signal: deps.signal });
        deps.store.setStatus(message.sid, status, deps.now(), errorFor(status));
      }
      for (const status of [initial, ...steps].reverse()) {
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

async function postStatus(
  deps: CallbackDeps,
  message: ApiMessage,
  status: MessageStatus,
  errorCode: number | undefined,
): Promise<void> {
  if (!message.statusCallback) return;
  const params: Record<string, string> = {
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
