import { PermanentSendError } from './permanent-send-error';
import { TransientSendError } from './transient-send-error';

/** What a permanent Twilio error code says about the person's channel. */
export const CHANNEL_ERRORS: Record<
  number,
  'opted_out' | 'invalid_number' | 'landline' | 'unreachable' | 'whatsapp_window'
> = {
  21211: 'invalid_number',
  21614: 'landline',
  21610: 'opted_out',
  30003: 'unreachable',
  30005: 'unreachable',
  30006: 'landline',
  63016: 'whatsapp_window',
};

/** Sorts an error thrown by the twilio SDK into retry-or-not. */
export function classifySendError(error: unknown): PermanentSendError | TransientSendError {
  const { status, code, message } = error as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
  };
  const text = typeof message === 'string' ? message : String(error);
  const httpStatus = typeof status === 'number' ? status : undefined;
  const twilioCode = typeof code === 'number' ? code : undefined;
  if (httpStatus === undefined) return new TransientSendError(undefined, `network: ${text}`);
  if (httpStatus === 429 || httpStatus >= 500) return new TransientSendError(httpStatus, text);
  return new PermanentSendError(twilioCode, text);
}
