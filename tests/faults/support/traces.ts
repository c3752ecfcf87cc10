import type { Runtime } from '../../../src/runtime';
import type { ApiMessage } from '../../../src/twilio-local';
import type { DrillWorld } from './drill-world';

const REMINDER = /:reminder-\d+$/;

/**
 * Where each due reminder spent its time, in ms after it was due: its timer claimed (TimerEnd),
 * its text recorded (OutboundMessage), granted a slot by the pacer, and taken by Twilio. The
 * stage where the lateness appears names the part that held it.
 */
export async function reminderTrace(
  runtime: Runtime,
  world: DrillWorld,
  attempts: ApiMessage[],
): Promise<Array<Record<string, number | string | null>>> {
  const { Timer, TimerEnd, OutboundMessage, SendOutcome } = runtime.models;
  const people = world.aPeople.map((p) => p._id);
  const texts = (await OutboundMessage.find({ person: { $in: people } }).lean()).filter(
    (m) => m.key === 'reminder',
  );
  const outcomes = await SendOutcome.find({ _id: { $in: texts.map((m) => m._id) } }).lean();
  const timers = (await Timer.find({ at: { $lte: world.remindersDueAt } }).lean()).filter((t) =>
    REMINDER.test(t.timerId),
  );
  const ends = await TimerEnd.find({ _id: { $in: timers.map((t) => t._id) } }).lean();
  const due = world.remindersDueAt.getTime();
  const after = (at: Date | number | undefined | null) =>
    at === undefined || at === null ? null : new Date(at).getTime() - due;
  return texts.map((text) => {
    const outcome = outcomes.find((o) => o._id.toString() === text._id.toString());
    const timer = timers.find((t) => text.dedupeKey.startsWith(`${t.entity}:`));
    const end = ends.find((e) => e._id === timer?._id);
    return {
      timer: timer?.timerId ?? null,
      claimed: after(end?.at),
      recorded: after(text.createdAt),
      granted: after(outcome?.pacedAt),
      accepted: after(attempts.find((m) => m.sid === outcome?.twilioSid)?.acceptedAtRealMs),
    };
  });
}

/**
 * For each person told an offer's outcome more than once: each text's dedupeKey (an offer
 * change's effect `<entity>:<version>:<n>`, or `reply-<MessageSid>` for an answer to their
 * text), when it was recorded, and what the engine made of their YES (InboundMessage.outcome).
 */
export async function toldTwiceTrace(
  runtime: Runtime,
  world: DrillWorld,
  keys: readonly string[],
): Promise<Array<{ outcome: string[]; texts: Array<{ dedupeKey: string; at: number }> }>> {
  const { OutboundMessage, InboundMessage } = runtime.models;
  const texts = (
    await OutboundMessage.find({ person: { $in: world.bPeople.map((p) => p._id) } }).lean()
  ).filter((m) => keys.includes(m.key));
  const byPerson = new Map<string, typeof texts>();
  for (const text of texts) {
    const person = text.person!.toString();
    byPerson.set(person, [...(byPerson.get(person) ?? []), text]);
  }
  const twice = [...byPerson.entries()].filter(([, told]) => told.length > 1);
  const phones = twice.map(([person]) => world.phoneOf.get(person)!);
  const inbound = await InboundMessage.find({ from: { $in: phones } }).lean();
  return twice.map(([person, told]) => ({
    outcome: inbound.filter((m) => m.from === world.phoneOf.get(person)).map((m) => m.outcome!),
    texts: told.map((t) => ({ dedupeKey: t.dedupeKey, at: t.createdAt.getTime() % 100_000 })),
  }));
}
