import type { Types } from 'mongoose';
import type { Clock } from '../engine/clock';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { CHANNEL_ERRORS } from './errors/classify-send-error';
import { enqueueSend, type OutboxDeps } from './outbox';

/**
 * What a permanent Twilio error teaches us about a person's number: opted out (21610), not a
 * valid or mobile number, unreachable; or, for WhatsApp 63016, that the 24-hour window is closed,
 * so the same text is sent again by template or SMS.
 */
export async function applyChannelError(
  deps: OutboxDeps & { clock: Clock },
  message: {
    _id: Types.ObjectId | string;
    person?: Types.ObjectId | string | null;
    channel?: string | null;
  },
  code: number,
): Promise<void> {
  const effect = CHANNEL_ERRORS[code];
  if (!effect || !message.person) return;
  const { Person, OutboundMessage } = deps.models;
  const channelPath = message.channel === 'whatsapp' ? 'whatsappChannel' : 'sms';
  switch (effect) {
    case 'opted_out':
      await Person.updateOne(
        { _id: message.person },
        { $set: { optedOut: true, optedOutAt: deps.clock.now() } },
      );
      return;
    case 'whatsapp_window': {
      await Person.updateOne(
        { _id: message.person },
        { $unset: { 'whatsappChannel.lastInboundAt': 1 } },
      );
      const original = await OutboundMessage.findById(message._id).lean();
      if (!original) return;
      const dedupeKey = `${original.dedupeKey}:after-63016`;
      const { person, organisation, key, vars, language, body, urgent } = original;
      const retry = await OutboundMessage.create({
        dedupeKey,
        person,
        organisation,
        key,
        vars,
        language,
        body,
        urgent,
        createdAt: deps.clock.now(),
      }).catch(async (error: unknown) => {
        if (!isDuplicateKeyError(error)) throw error;
        return OutboundMessage.findOne({ dedupeKey }).orFail();
      });
      await enqueueSend(deps.outboundQueue, retry);
      return;
    }
    default:
      await Person.updateOne(
        { _id: message.person },
        { $set: { [`${channelPath}.state`]: effect, [`${channelPath}.lastErrorCode`]: code } },
      );
  }
}
