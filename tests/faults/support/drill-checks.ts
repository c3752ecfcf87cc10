import type { Runtime } from '../../../src/runtime';
import type { TwilioLocalPhones } from '../../../src/twilio-local';
import { withDeliveries } from '../../support/deliveries';
import { timerOutcomes } from '../../support/timer-outcomes';
import { eventually, sleep } from '../../support/harness';
import { A_PLACES, B_PLACES, type DrillWorld } from './drill-world';
import type { TextLedger } from './drill-load';

const FINAL = ['delivered', 'undelivered', 'failed'];
const REMINDER = /:reminder-\d+$/;
/** What an offer that closed tells the person holding it. */
const CLOSED_NOTICES = ['offer.filled', 'offer.expired'];

export interface SeatFacts {
  shift: 'A' | 'B';
  places: number;
  given: number;
  distinctSeats: number;
  distinctPeople: number;
  seatsOutOfRange: number;
}

/** What a drill checked, with counts: printed as one JSON line and asserted by the test. */
export interface DrillFacts {
  drill: string;
  texts: {
    sent: number;
    distinctSids: number;
    recorded: number;
    processed: number;
    webhookRetries: number;
  };
  replies: {
    /** Texts Shiftline recorded for these people and meant to send (not suppressed). */
    due: number;
    delivered: number;
    missing: number;
    failed: number;
    /** Sends beyond one per recorded text, per (phone, body). */
    duplicates: number;
    /** Endpoint messages no record owns (a send whose sid was never saved). */
    orphanSends: number;
    /** When the endpoint accepted each of those (real ms). */
    orphansAcceptedAt: number[];
    /** Texts never acted on, or not followed by as many texts to that phone as it sent from then on. */
    unanswered: number;
  };
  seats: SeatFacts[];
  reminders: { due: number; fired: number; received: number; duplicates: number };
  recovery: { textsAfterFault: number; answered: number };
  /** From the load's start to the checks' end; and how long preparing took. */
  seconds: number;
  preparedIn: DrillWorld['preparedIn'];
}

async function gather(
  drill: string,
  runtime: Runtime,
  phones: TwilioLocalPhones,
  world: DrillWorld,
  ledger: TextLedger,
  startedAt: number,
): Promise<DrillFacts> {
  const { InboundMessage, OutboundMessage, Assignment, Timer } = runtime.models;
  const sids = ledger.texts.map((t) => t.messageSid);
  const inbound = await InboundMessage.find({ messageSid: { $in: sids } }).lean();

  const personIds = [...world.phoneOf.keys()];
  const records = await withDeliveries(
    runtime.models,
    await OutboundMessage.find({ person: { $in: personIds } }).lean(),
  );
  const numbers = new Set(world.phoneOf.values());
  const endpoint = phones.attempts().filter((m) => numbers.has(m.to));
  const bySid = new Map(endpoint.map((m) => [m.sid, m]));
  const due = records.filter((r) => !r.suppressed && r.status !== 'failed');
  const delivered = due.filter(
    (r) => r.twilioSid && bySid.get(r.twilioSid)?.status === 'delivered',
  );

  const key = (phone: string, body: string) => `${phone}\n${body}`;
  const recordCount = new Map<string, number>();
  for (const r of records) {
    const k = key(world.phoneOf.get(r.person!.toString())!, r.body);
    recordCount.set(k, (recordCount.get(k) ?? 0) + 1);
  }
  const sendCount = new Map<string, number>();
  for (const m of endpoint)
    sendCount.set(key(m.to, m.body), (sendCount.get(key(m.to, m.body)) ?? 0) + 1);
  let duplicates = 0;
  for (const [k, n] of sendCount) duplicates += Math.max(0, n - (recordCount.get(k) ?? 0));
  const owned = new Set(records.map((r) => r.twilioSid).filter(Boolean));

  // Answered: from each text on, the phone received at least as many texts as it sent that
  // needed an answer. A late YES whose offer had already told the person it closed needs none
  // (Shiftline does not say "just filled" twice), but the person must have that notice.
  let unanswered = 0;
  const answeredAfterFault = new Set<string>();
  const byPhone = new Map<string, typeof ledger.texts>();
  for (const t of ledger.texts) byPhone.set(t.phone, [...(byPhone.get(t.phone) ?? []), t]);
  // A text Shiftline never acted on was not answered, whatever else reached the phone.
  const acted = new Set(inbound.filter((m) => m.outcome).map((m) => m.messageSid));
  const alreadyTold = new Set(
    inbound.filter((m) => m.outcome?.endsWith(':already_told')).map((m) => m.messageSid),
  );
  const toldClosed = new Set(
    delivered
      .filter((r) => CLOSED_NOTICES.includes(r.key))
      .map((r) => world.phoneOf.get(r.person!.toString())),
  );
  for (const [phone, texts] of byPhone) {
    const received = phones.received(phone);
    texts.sort((x, y) => x.sentAt - y.sentAt);
    const needingAnswer = texts.filter((t) => !alreadyTold.has(t.messageSid));
    for (const text of texts) {
      const after = received.filter((m) => m.receivedAt >= text.sentAt).length;
      const stillToAnswer = needingAnswer.filter((t) => t.sentAt >= text.sentAt).length;
      const answered = alreadyTold.has(text.messageSid)
        ? toldClosed.has(phone)
        : after >= stillToAnswer;
      if (!answered || !acted.has(text.messageSid)) unanswered += 1;
      else if (text.phase === 'after-fault') answeredAfterFault.add(text.messageSid);
    }
  }

  const seats = await Promise.all(
    (
      [
        ['A', world.shiftA, A_PLACES],
        ['B', world.shiftB, B_PLACES],
      ] as const
    ).map(async ([name, shift, places]): Promise<SeatFacts> => {
      const held = await Assignment.find({ shift: shift._id }).lean();
      return {
        shift: name,
        places,
        given: held.length,
        distinctSeats: new Set(held.map((a) => a.seat)).size,
        distinctPeople: new Set(held.map((a) => a.person.toString())).size,
        seatsOutOfRange: held.filter((a) => a.seat < 1 || a.seat > places).length,
      };
    }),
  );

  const now = runtime.clock.now().getTime();
  const timers = (await Timer.find({}).lean()).filter((t) => REMINDER.test(t.timerId));
  const dueTimers = timers.filter((t) => t.at.getTime() <= now);
  const timerEnds = await timerOutcomes(
    runtime.models,
    dueTimers.map((t) => t.timerId),
  );
  const reminderTexts = endpoint.filter((m) => m.body.startsWith('Reminder:'));
  const reminderPhones = new Set(reminderTexts.map((m) => m.to));

  return {
    drill,
    texts: {
      sent: ledger.texts.length,
      distinctSids: new Set(sids).size,
      recorded: inbound.length,
      processed: inbound.filter((m) => m.outcome).length,
      webhookRetries: ledger.retried(),
    },
    replies: {
      due: due.length,
      delivered: delivered.length,
      missing: due.length - delivered.length,
      failed: records.filter((r) => r.status === 'failed').length,
      duplicates,
      orphanSends: endpoint.filter((m) => !owned.has(m.sid)).length,
      orphansAcceptedAt: endpoint.filter((m) => !owned.has(m.sid)).map((m) => m.acceptedAtRealMs),
      unanswered,
    },
    seats,
    reminders: {
      due: dueTimers.length,
      fired: dueTimers.filter((t) => {
        const end = timerEnds.get(t.timerId);
        return end?.state === 'fired' && end.outcome === 'handled';
      }).length,
      received: reminderPhones.size,
      duplicates: reminderTexts.length - reminderPhones.size,
    },
    recovery: {
      textsAfterFault: ledger.texts.filter((t) => t.phase === 'after-fault').length,
      answered: answeredAfterFault.size,
    },
    seconds: Math.round((Date.now() - startedAt) / 100) / 10,
    preparedIn: world.preparedIn,
  };
}

function settled(facts: DrillFacts, world: DrillWorld, inFlight: number): boolean {
  return (
    inFlight === 0 &&
    Date.now() > world.remindersDueAt.getTime() &&
    facts.texts.processed === facts.texts.distinctSids &&
    facts.replies.missing === 0 &&
    facts.replies.unanswered === 0 &&
    facts.reminders.due === A_PLACES &&
    facts.reminders.fired === A_PLACES &&
    facts.reminders.received === A_PLACES
  );
}

/**
 * Waits (bounded) until every text is processed and answered, every recorded reply delivered
 * and every due reminder fired; then waits a little longer for late duplicates, and returns the
 * facts, printed as one JSON line. On timeout it returns what it found, for the test to fail on.
 */
export async function checkDrill(
  drill: string,
  runtime: Runtime,
  phones: TwilioLocalPhones,
  world: DrillWorld,
  ledger: TextLedger,
  { startedAt, timeoutMs = 100_000 }: { startedAt: number; timeoutMs?: number },
): Promise<DrillFacts> {
  const inFlight = () => phones.attempts().filter((m) => !FINAL.includes(m.status)).length;
  await eventually(
    () => gather(drill, runtime, phones, world, ledger, startedAt),
    (facts) => settled(facts, world, inFlight()),
    timeoutMs,
  );
  // Anything sent twice would show up within moments of the first copy.
  await sleep(1_500);
  const facts = await gather(drill, runtime, phones, world, ledger, startedAt);
  console.log(JSON.stringify(facts));
  return facts;
}

export type Invariant = 'recorded' | 'replies' | 'once' | 'seats' | 'reminders' | 'recovered';

/**
 * The invariants every drill must keep, one test each, so a drill that breaks one still shows
 * which others held. `failing` names those a known product bug always breaks (it.failing);
 * `ownCheck` those the test file asserts itself, more narrowly, because of a known bug;
 * `notApplicable` those the drill has nothing to check with ('recovered' without a fault).
 */
export function itKeepsTheInvariants(
  facts: () => DrillFacts | undefined,
  {
    failing = [],
    ownCheck = [],
    notApplicable = [],
  }: { failing?: Invariant[]; ownCheck?: Invariant[]; notApplicable?: Invariant[] } = {},
): void {
  const test =
    (name: Invariant) =>
    (title: string, check: () => void): void => {
      if (ownCheck.includes(name) || notApplicable.includes(name)) return;
      (failing.includes(name) ? it.failing : it)(title, check);
    };
  const got = () => {
    const found = facts();
    if (!found) throw new Error('the drill did not run to its checks');
    return found;
  };

  test('recorded')('records every text once and acts on each', () => {
    const { texts } = got();
    expect(texts.distinctSids).toBe(texts.sent);
    expect({ recorded: texts.recorded, processed: texts.processed }).toEqual({
      recorded: texts.distinctSids,
      processed: texts.distinctSids,
    });
  });

  test('replies')('answers every text and delivers every reply it recorded', () => {
    expect(got().replies).toMatchObject({ missing: 0, failed: 0, unanswered: 0 });
  });

  test('once')('sends no text twice', () => {
    expect(got().replies).toMatchObject({ duplicates: 0, orphanSends: 0 });
  });

  test('seats')('gives every place once: distinct seats, distinct people, none over', () => {
    for (const shift of got().seats) {
      expect(shift).toEqual({
        shift: shift.shift,
        places: shift.places,
        given: shift.places,
        distinctSeats: shift.places,
        distinctPeople: shift.places,
        seatsOutOfRange: 0,
      });
    }
  });

  test('reminders')('fires every due reminder and delivers it once', () => {
    expect(got().reminders).toEqual({
      due: A_PLACES,
      fired: A_PLACES,
      received: A_PLACES,
      duplicates: 0,
    });
  });

  test('recovered')('answers texts sent after the fault without a hand restart', () => {
    const { recovery } = got();
    expect(recovery.textsAfterFault).toBeGreaterThan(0);
    expect(recovery.answered).toBe(recovery.textsAfterFault);
  });
}

/**
 * BullMQ queues print every Redis connection error to the console when nothing listens; a
 * drill that takes Redis away expects them. Counts them instead.
 */
export function countQueueErrors(runtime: Runtime): () => number {
  let errors = 0;
  for (const queue of [runtime.inboundQueue, runtime.outboundQueue, runtime.timersQueue]) {
    queue.on('error', () => {
      errors += 1;
    });
  }
  return () => errors;
}
