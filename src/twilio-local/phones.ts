import { z } from 'zod';
import type { Faults } from './faults';
import type { OptOuts } from './opt-outs';
import { postSigned } from './signed-post';
import {
  API_VERSION,
  bareNumber,
  defaultSenderFor,
  isAddress,
  isWhatsApp,
  newSid,
  segmentCount,
} from './twilio-format';
import type { InboundResult, SendOptions } from './types';

const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;

export const address = z.string().refine(isAddress, { error: 'expected +E164 or whatsapp:+E164' });

export const sendSchema = z.object({
  from: address,
  body: z.string().max(1600),
  to: address.optional(),
  messageSid: z
    .string()
    .regex(/^(SM|MM)[0-9a-f]{32}$/, { error: 'expected SM followed by 32 hex digits' })
    .optional(),
  profileName: z.string().min(1).max(100).optional(),
});

/** A text that cannot be sent as asked (no webhook URL, mismatched channels). */
export class InboundError extends Error {
  override name = 'InboundError';
}

export interface PhonesDeps {
  accountSid: string;
  authToken: string;
  now: () => number;
  faults: Faults;
  optOuts: OptOuts;
  /** Set when the account's numbers are in a Messaging Service (Advanced Opt-Out). */
  messagingServiceSid?: string;
  signal: AbortSignal;
  webhookUrl: () => string | undefined;
}

/** The simulated people: what they text Shiftline, their opt-outs and WhatsApp windows. */
export class Phones {
  private readonly lastInboundAt = new Map<string, number>();
  private readonly lastSender = new Map<string, string>();

  constructor(private readonly deps: PhonesDeps) {}

  async send(from: string, body: string, opts: SendOptions = {}): Promise<InboundResult> {
    const input = sendSchema.parse({ from, body, ...opts });
    const url = this.deps.webhookUrl();
    if (!url) throw new InboundError('no webhook URL: pass webhookUrl or call setWebhookUrl');
    const to = input.to ?? this.lastSender.get(input.from) ?? defaultSenderFor(input.from);
    if (isWhatsApp(to) !== isWhatsApp(input.from)) {
      throw new InboundError(`${input.from} and ${to} are not on the same channel`);
    }
    const messageSid = input.messageSid ?? newSid();
    // Twilio applies the keyword before (and whether or not) the webhook is answered.
    const type = this.deps.optOuts.onInbound(input.from, to, input.body);
    this.lastInboundAt.set(input.from, this.deps.now());

    const params: Record<string, string> = {
      SmsMessageSid: messageSid,
      NumMedia: '0',
      SmsSid: messageSid,
      SmsStatus: 'received',
      Body: input.body,
      To: to,
      NumSegments: String(segmentCount(input.body)),
      MessageSid: messageSid,
      AccountSid: this.deps.accountSid,
      From: input.from,
      ApiVersion: API_VERSION,
    };
    if (this.deps.messagingServiceSid) params.MessagingServiceSid = this.deps.messagingServiceSid;
    if (isWhatsApp(input.from)) {
      const digits = bareNumber(input.from).slice(1);
      params.ProfileName = input.profileName ?? `Phone ${digits.slice(-4)}`;
      params.WaId = digits;
      params.MessageType = 'text';
    }
    if (type) params.OptOutType = type;

    let answer = { status: 0, body: '' };
    for (let copy = 0; copy < this.deps.faults.webhookCopies; copy += 1) {
      answer = await postSigned(url, params, this.deps.authToken, this.deps.signal);
    }
    return { ...answer, messageSid };
  }

  /** True when `number` texted within the last 24 hours of the virtual clock. */
  whatsappWindowOpen(number: string): boolean {
    const last = this.lastInboundAt.get(number);
    return last !== undefined && this.deps.now() - last < WHATSAPP_WINDOW_MS;
  }

  /** Remembers which of Shiftline's numbers last texted this phone, for replies. */
  noteOutbound(to: string, from: string): void {
    this.lastSender.set(to, from);
  }

  clear(): void {
    this.deps.optOuts.clear();
    this.lastInboundAt.clear();
    this.lastSender.clear();
  }
}
