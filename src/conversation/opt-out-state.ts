import type { Types } from 'mongoose';
import type { Clock } from '../engine/clock';
import type { Models } from '../models';
import { isOptedOutOf, type OptOutState } from '../messaging/opt-out';

export interface OptOutDeps {
  models: Models;
  clock: Clock;
  config: { TWILIO_ADVANCED_OPT_OUT: boolean };
}

/** The person and the number they texted, as Twilio writes From for a reply from it. */
export interface OptOutText {
  person: OptOutState & { _id: Types.ObjectId };
  channel: string;
  to: string;
}

const senderOf = (text: OptOutText) =>
  text.channel === 'whatsapp' ? `whatsapp:${text.to}` : text.to;

/**
 * Records an opt-out where Twilio applies it: on the number texted, or, with Advanced
 * Opt-Out, on every sender of the Messaging Service (all of Shiftline's numbers).
 */
export async function recordOptOut(deps: OptOutDeps, text: OptOutText): Promise<void> {
  const at = deps.clock.now();
  await deps.models.Person.updateOne(
    { _id: text.person._id },
    deps.config.TWILIO_ADVANCED_OPT_OUT
      ? { $set: { optedOut: true, optedOutAt: at } }
      : { $addToSet: { optedOutOf: senderOf(text) }, $set: { optedOutAt: at } },
  );
}

/**
 * Lifts an opt-out where Twilio lifts it: the number texted (and any opt-out of every sender,
 * which the number's opt-in ends too), or with Advanced Opt-Out the whole service. Returns
 * whether the person was opted out of that number before.
 */
export async function clearOptOut(deps: OptOutDeps, text: OptOutText): Promise<boolean> {
  const sender = senderOf(text);
  const wasOptedOut = isOptedOutOf(text.person, sender);
  await deps.models.Person.updateOne(
    { _id: text.person._id },
    deps.config.TWILIO_ADVANCED_OPT_OUT
      ? { $set: { optedOut: false, optedOutOf: [] }, $unset: { optedOutAt: 1 } }
      : { $set: { optedOut: false }, $pull: { optedOutOf: sender }, $unset: { optedOutAt: 1 } },
  );
  return wasOptedOut;
}
