import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offerEntity } from '../../src/engine/runtime/entities';
import { postShift } from '../../src/engine/runtime/events';
import { loadSnapshot } from '../../src/engine/runtime/store';
import { eventually } from '../support/harness';
import { clearShiftData } from '../support/clear-shift-data';
import { Scenario } from '../support/scenario';
import { seedOrganisation, seedPerson } from '../support/seed';

const HOUR = 3_600_000;
const CROWD = 50;
const PLACES = 3;
/**
 * Rounds through the signed webhook. Twenty were asked for, but on this 2-core machine (FerretDB
 * on SQLite) one round — 50 offers out, 50 YES in at once, ~100 texts back — takes ~15-25 s
 * (up to ~40 s while other suites run), so 20 rounds would take 5-8 min and only about four fit
 * in ~90 s. Hence the minimum asked for, 5 rounds (~100 s). The figures (seconds per round, time
 * to seat, reply latency) are written to REPORT_FILE rather than the console.
 */
const ROUNDS = 5;
const REPORT_FILE = join(tmpdir(), 'shiftline-broadcast-fifty-at-once.json');
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const codeIn = (text: string | undefined) =>
  /(?:YES|OK) ([A-Z0-9]{3})\b/.exec(text ?? '')?.[1] ?? 'none';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

/** settle() watches Shiftline's queues; the endpoint delivers a few ms after accepting a text. */
async function allDelivered(s: Scenario): Promise<void> {
  const inFlight = async () =>
    s.h.twilio.phones.attempts().filter((m) => ['accepted', 'queued', 'sent'].includes(m.status))
      .length;
  const left = await eventually(inFlight, (n) => n === 0, 30_000);
  if (left !== 0) throw new Error(`${left} texts still not delivered`);
}

/**
 * Forgets the last round's shift, offers, seats, texts and change records (the people and the
 * organisation stay), as tests/integration/engine/seats.test.ts does. On FerretDB's SQLite
 * backend every query slows as these collections grow (without this, rounds took ~23 s, ~59 s,
 * ~97 s), which would measure the test database's scans rather than the race.
 */
async function forgetRound(s: Scenario): Promise<void> {
  await clearShiftData(s.runtime, ['MessageStatusEvent', 'InboundMessage', 'Conversation']);
}

describe('broadcast: fifty workers say YES to three places at the same moment', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('seats exactly three distinct people in seats 1-3, books each once, and tells the other 47 it was just filled (never "didn\'t understand")', async () => {
    // Monday 2 Nov 2026, 10am in New York.
    s = await Scenario.start('2026-11-02T15:00:00Z');
    const { Assignment, AssignmentHistory, Offer } = s.models;
    const { phones: endpoint } = s.h.twilio;
    const org = await seedOrganisation(s.models, {
      offerStrategy: { kind: 'broadcast' },
      quietHours: null,
    });
    const sam = await seedPerson(s.models, org, {
      name: 'Sam',
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    const workers: Awaited<ReturnType<typeof seedPerson>>[] = [];
    for (let i = 0; i < CROWD; i += 1) {
      workers.push(await seedPerson(s.models, org, { name: `Worker ${i + 1}` }));
    }
    const phones = workers.map((w) => w.phone!);
    const phoneOf = new Map(workers.map((w) => [w.id as string, w.phone!]));

    const seatMs: number[] = [];
    const bookedTextMs: number[] = [];
    const replyMs: number[] = [];
    const roundMs: number[] = [];
    const filledTextsPerLoser: number[] = [];
    const lateYesAnswers: { round: number; phone: string; inbox: string[] }[] = [];
    const began = performance.now();

    for (let round = 0; round < ROUNDS; round += 1) {
      const roundBegan = performance.now();
      // Wed 4 Nov onwards, one day per round, 9am-1pm EST (14:00Z all through November).
      const start = new Date(Date.UTC(2026, 10, 4 + round, 14));
      const when = `${WEEKDAYS[start.getUTCDay()]} ${start.getUTCDate()} Nov, 9am-1pm`;
      const place = `Riverside Park, round ${round + 1}`;
      const booked = `You're booked: ${when}, ${place}. Text HERE when you arrive. Can't make it? Text DROP.`;
      const filled = `Sorry, the shift on ${when}, ${place} was just filled. We'll text you next time.`;
      const shift = await postShift(s.runtime, {
        organisationId: org.id,
        supervisorId: sam.id,
        place,
        start,
        end: new Date(start.getTime() + 4 * HOUR),
        places: PLACES,
      });
      await s.settle();
      await allDelivered(s);

      // Everyone is offered the shift at once, each with their own code.
      for (const phone of phones) {
        const inbox = s.inbox(phone);
        const code = codeIn(inbox[0]);
        expect(inbox).toEqual([
          `New shift from Riverside Outreach: ${when}, ${place}. Reply YES ${code} to take it or NO ${code}.`,
        ]);
      }
      expect(await Offer.countDocuments({ shift: shift._id })).toBe(CROWD);

      // All fifty say YES at the same moment.
      const before = new Map(phones.map((p) => [p, endpoint.received(p).length]));
      const wallStart = Date.now();
      let seatedAt: number | undefined;
      let polling = true;
      const poll = (async () => {
        while (polling) {
          if ((await Assignment.countDocuments({ shift: shift._id })) >= PLACES) {
            seatedAt = Date.now();
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      const replies = phones.map((phone) => {
        const sentAt = Date.now();
        return endpoint
          .waitFor(phone, before.get(phone)! + 1, 120_000)
          .then(() => Date.now() - sentAt);
      });
      const answers = await Promise.all(phones.map((p) => endpoint.send(p, 'YES')));
      expect(answers.map((a) => a.status)).toEqual(phones.map(() => 200));
      await s.settle(120_000);
      await allDelivered(s);
      replyMs.push(...(await Promise.all(replies)));
      polling = false;
      await poll;
      expect(seatedAt).toBeDefined();
      seatMs.push(seatedAt! - wallStart);

      // Exactly three seats, numbered 1-3, held by three different people; none given twice.
      const assignments = await Assignment.find({ shift: shift._id }).lean();
      expect(assignments.map((a) => a.seat).sort()).toEqual([1, 2, 3]);
      const winners = assignments.map((a) => phoneOf.get(a.person.toString()));
      expect(new Set(winners).size).toBe(PLACES);
      expect(winners.every((p) => p !== undefined)).toBe(true);
      expect(await AssignmentHistory.countDocuments({ shift: shift._id })).toBe(0);

      for (const phone of phones) {
        const inbox = s.inbox(phone);
        if (winners.includes(phone)) {
          // One booked text, and nothing else.
          expect({ phone, inbox }).toEqual({ phone, inbox: [booked] });
        } else {
          // Never booked, and told the shift was just filled.
          expect({ phone, inbox }).toEqual({
            phone,
            inbox: expect.arrayContaining([filled]) as unknown,
          });
          expect(inbox).not.toContain(booked);
          filledTextsPerLoser.push(inbox.filter((t) => t === filled).length);
          // Anything else (checked after all rounds, so every round's seats and timings count).
          if (inbox.some((t) => t !== filled)) {
            lateYesAnswers.push({ round: round + 1, phone, inbox });
          }
        }
      }
      const bookedTexts = endpoint
        .attempts()
        .filter((m) => m.body === booked)
        .map((m) => m.acceptedAtRealMs - wallStart);
      expect(bookedTexts).toHaveLength(PLACES);
      bookedTextMs.push(Math.max(...bookedTexts));

      const offers = await Offer.find({ shift: shift._id }, { _id: 1 }).lean();
      const states = await Promise.all(
        offers.map(
          async (o) => (await loadSnapshot(s.runtime, offerEntity(o._id.toString())))?.state,
        ),
      );
      expect(states.filter((st) => st === 'accepted')).toHaveLength(PLACES);
      expect(states.filter((st) => st === 'filled')).toHaveLength(CROWD - PLACES);

      roundMs.push(performance.now() - roundBegan);
      await forgetRound(s);
    }

    const ms = (n: number) => Math.round(n);
    const report = {
      rounds: ROUNDS,
      crowd: CROWD,
      places: PLACES,
      totalSeconds: Math.round((performance.now() - began) / 100) / 10,
      secondsPerRound: roundMs.map((r) => Math.round(r / 100) / 10),
      firstYesToAllSeatedMs: { p50: ms(percentile(seatMs, 50)), max: ms(Math.max(...seatMs)) },
      firstYesToThirdBookedTextAcceptedMs: {
        p50: ms(percentile(bookedTextMs, 50)),
        max: ms(Math.max(...bookedTextMs)),
      },
      replyLatencyMs: {
        samples: replyMs.length,
        p50: ms(percentile(replyMs, 50)),
        p99: ms(percentile(replyMs, 99)),
        max: ms(Math.max(...replyMs)),
      },
      losers: filledTextsPerLoser.length,
      losersToldFilledTwice: filledTextsPerLoser.filter((n) => n > 1).length,
      losersAlsoToldDidntUnderstand: lateYesAnswers.length,
    };
    writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);

    // A YES that lost the race was understood: it is answered "just filled", never "Sorry, we
    // didn't understand that" (flows/offer.ts: a YES after the final state is answered by the
    // conversation layer from the final state).
    expect({ count: lateYesAnswers.length, firstThree: lateYesAnswers.slice(0, 3) }).toEqual({
      count: 0,
      firstThree: [],
    });
  }, 450_000);
});
