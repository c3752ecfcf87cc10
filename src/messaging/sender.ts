import type { Config } from '../config';
import type { Channel } from './address';

export interface SenderNumbers {
  smsNumbers: string[];
  whatsappNumbers: string[];
}

/**
 * The address an organisation's texts go out from on a channel, as Twilio writes From: its
 * first number there, else Shiftline's default sender (none for WhatsApp without one).
 */
export function senderFor(
  organisation: SenderNumbers,
  channel: Channel,
  config: Pick<Config, 'TWILIO_FROM_NUMBER' | 'TWILIO_WHATSAPP_FROM'>,
): string | undefined {
  if (channel === 'sms') return organisation.smsNumbers[0] ?? config.TWILIO_FROM_NUMBER;
  const own = organisation.whatsappNumbers[0];
  return own ? `whatsapp:${own}` : config.TWILIO_WHATSAPP_FROM;
}
