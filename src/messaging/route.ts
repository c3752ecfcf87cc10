import type { Channel } from './address';

/** WhatsApp allows free-form text only this long after the person's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface RouteInput {
  now: Date;
  messageKey: string;
  preferred: Channel;
  sms?: { e164?: string | null; usable: boolean };
  whatsapp?: { e164?: string | null; usable: boolean; lastInboundAt?: Date | null };
  /** Content template SID for this message key, if the organisation has one approved. */
  whatsappTemplate?: string;
  /** Skip free-form WhatsApp (the window closed under us: error 63016). */
  whatsappWindowKnownClosed?: boolean;
}

export type Route =
  | { channel: 'sms'; to: string }
  | { channel: 'whatsapp'; to: string; mode: 'text' }
  | { channel: 'whatsapp'; to: string; mode: 'template'; contentSid: string }
  | { channel: 'none'; reason: 'channel_unusable' | 'whatsapp_window_no_template' | 'no_address' };

/**
 * Picks how a text reaches a person: WhatsApp free-form inside the 24-hour window, a template
 * outside it, SMS when there is no template, or nothing (with the reason) when no way is left.
 */
export function chooseRoute(input: RouteInput): Route {
  const sms = input.sms?.e164 && input.sms.usable ? input.sms.e164 : undefined;
  const whatsapp = input.whatsapp?.e164 && input.whatsapp.usable ? input.whatsapp.e164 : undefined;
  if (input.preferred === 'whatsapp' && whatsapp) {
    const last = input.whatsapp?.lastInboundAt;
    const windowOpen =
      !input.whatsappWindowKnownClosed &&
      last &&
      input.now.getTime() - last.getTime() < WHATSAPP_WINDOW_MS;
    if (windowOpen) return { channel: 'whatsapp', to: `whatsapp:${whatsapp}`, mode: 'text' };
    if (input.whatsappTemplate) {
      return {
        channel: 'whatsapp',
        to: `whatsapp:${whatsapp}`,
        mode: 'template',
        contentSid: input.whatsappTemplate,
      };
    }
    if (sms) return { channel: 'sms', to: sms };
    return { channel: 'none', reason: 'whatsapp_window_no_template' };
  }
  if (sms) return { channel: 'sms', to: sms };
  if (whatsapp) return chooseRoute({ ...input, preferred: 'whatsapp' });
  const hasAnyAddress = Boolean(input.sms?.e164 || input.whatsapp?.e164);
  return { channel: 'none', reason: hasAnyAddress ? 'channel_unusable' : 'no_address' };
}
