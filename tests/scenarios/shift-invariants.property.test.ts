import fc from 'fast-check';
import { Types } from 'mongoose';
import { postShift } from '../../src/engine/runtime/events';
import { withDeliveries } from '../support/deliveries';
import { forgetSeenChanges } from '../../src/engine/runtime/change-log';
import { Scenario } from '../support/scenario';
import { seedOrganisation, seedPerson } from '../support/seed';

const MINUTE = 60_000;
/** Runs share one Scenario (a fresh one costs seconds); each gets its own organisation. */
const NUM_RUNS = 20;

type WorkerText = 'YES' | 'NO' | 'DROP' | 'HERE' | 'DONE' | 'DONE 12' | 'DONE 1.5' | 'STOP';
type Action =
  | { kind: 'text'; worker: number; body: WorkerText }
  | { kind: 'advance'; minutes: number }
  | { kind: 'supervisor'; answer: 'OK' | 'NO' };

interface Run {
  places: number;
  workers: number;
  startInMinutes: number;
  lengthMinutes: number;
  quiet: boolean;
  actions: Action[];
}

const ALL_TEXTS: WorkerText[] = [
  'YES',
  'NO',
  'DROP',
  'HERE',
  'DONE',
  'DONE 12',
  'DONE 1.5',
  'STOP',
];
/**
 * What the first two workers try, in this order (other texts and time come in between): purely
 * random texts almost never get one worker from YES through HERE and DONE to the supervisor's
 * OK. DROP twice is DROP then its confirmation.
 */
const STORIES: WorkerText[][] = [
  ['YES', 'HERE', 'DONE'],
  ['YES', 'HERE', 'DONE 12'],
  ['YES', 'HERE', 'DONE 1.5'],
  ['YES', 'HERE', 'DONE', 'DONE'],
  ['YES', 'HERE'],
  ['YES', 'DROP', 'DROP'],
  ['YES', 'DROP', 'HERE', 'DONE'],
  ['YES', 'STOP', 'HERE', 'DONE'],
  ['YES', 'HERE', 'STOP', 'DONE'],
  ['NO', 'YES', 'HERE'],
  ['STOP', 'YES'],
  ['YES'],
];

/** Where an action falls in the run, 0..1; actions are played in this order. */
const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
type Timed = { t: number; action: Action };

const story = (worker: number): fc.Arbitrary<Timed[]> =>
  fc
    .tuple(fc.constantFrom(...STORIES), fc.array(at, { minLength: 4, maxLength: 4 }))
    .map(([bodies, times]) => {
      const sorted = [...times].sort((x, y) => x - y);
      return bodies.map((body, i) => ({ t: sorted[i]!, action: { kind: 'text', worker, body } }));
    });
const others: fc.Arbitrary<Timed[]> = fc.array(
  fc.record({
    t: at,
    action: fc.record({
      kind: fc.constant('text' as const),
      worker: fc.integer({ min: 2, max: 5 }),
      body: fc.constantFrom(...ALL_TEXTS),
    }),
  }),
  { maxLength: 3 },
);
const time: fc.Arbitrary<Timed[]> = fc.array(
  fc.record({
    t: at,
    action: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 90 }) },
        { weight: 1, arbitrary: fc.integer({ min: 90, max: 8 * 60 }) },
      ),
    }),
  }),
  { minLength: 1, maxLength: 3 },
);
const supervisor: fc.Arbitrary<Timed[]> = fc.array(
  fc.record({
    t: at,
    action: fc.record({
      kind: fc.constant('supervisor' as const),
      answer: fc.constantFrom<'OK' | 'NO'>('OK', 'OK', 'NO'),
    }),
  }),
  { maxLength: 2 },
);

const run: fc.Arbitrary<Run> = fc.record({
  places: fc.integer({ min: 1, max: 3 }),
  workers: fc.integer({ min: 4, max: 6 }),
  // Soon: check-in opens 2 h before the start, so HERE and DONE come into play.
  startInMinutes: fc.integer({ min: 20, max: 150 }),
  lengthMinutes: fc.integer({ min: 2, max: 16 }).map((quarters) => quarters * 15),
  quiet: fc.boolean(),
  actions: fc.tuple(story(0), story(1), others, time, supervisor).map((parts) =>
    parts
      .flat()
      .sort((x, y) => x.t - y.t)
      .map((x) => x.action),
  ),
});

const codeIn = (text: string | undefined) => /(?:YES|OK) ([A-Z0-9]{3})\b/.exec(text ?? '')?.[1];

interface Stop {
  phone: string;
  personId: string;
  /** How many texts the endpoint had accepted when the STOP was sent. */
  acceptedBefore: number;
  /**
   * Made just before the STOP is sent: ids made later in this process (mongoose makes them
   * client-side) compare greater, so every text Shiftline recorded after the STOP has a greater id.
   */
  after: Types.ObjectId;
  /**
   * Set when the person opts back in: Twilio's default takes a YES (or START, UNSTOP) to the
   * same number as that (help.twilio.com/articles/223134027), and texts may flow again.
   */
  acceptedUntil?: number;
  until?: Types.ObjectId;
}

describe('shift invariants under random texts and time', () => {
  let s: Scenario;
  beforeAll(async () => {
    // Monday 2 Nov 2026, 10am EST.
    s = await Scenario.start('2026-11-02T15:00:00Z');
  });
  afterAll(() => s.stop());

  it('never more seats than places, never two seats for one person, nothing sent after STOP, confirmed hours within the shift', async () => {
    const { Assignment, OutboundMessage, WorkRecord } = s.models;
    const endpoint = s.h.twilio.phones;
    let runNumber = 0;

    /**
     * Forgets everything the run wrote (organisation, people, shift, texts, timers), as a fresh
     * Scenario would, but in seconds less. On the test database (FerretDB on SQLite) every query
     * slows as collections grow: without this, runs took ~4 s at first and ~24 s by the 15th.
     */
    const forgetRun = async () => {
      for (const model of Object.values(s.models)) await model.collection.deleteMany({});
      s.runtime.directory.forgetEverything();
      forgetSeenChanges(s.models);
      await s.runtime.timersQueue.obliterate({ force: true });
    };

    /** Seats now: no more than places, one per person, numbered 1..places. */
    const checkSeats = async (shiftId: Types.ObjectId, places: number, trail: string[]) => {
      const held = await Assignment.find({ shift: shiftId }).lean();
      const people = held.map((a) => a.person.toString());
      const seats = held.map((a) => a.seat);
      const where = trail.join(' / ');
      expect({ where, seatsHeld: held.length <= places }).toEqual({ where, seatsHeld: true });
      expect({ where, people: new Set(people).size }).toEqual({ where, people: people.length });
      expect({ where, seats: new Set(seats).size === seats.length }).toEqual({
        where,
        seats: true,
      });
      expect({ where, inRange: seats.every((n) => n >= 1 && n <= places) }).toEqual({
        where,
        inRange: true,
      });
    };

    /** Nothing accepted by the endpoint, nor even tried by Shiftline, after a person's STOP until they opt back in. */
    const checkStops = async (stops: Stop[]) => {
      const attempts = endpoint.attempts();
      for (const stop of stops) {
        const accepted = attempts
          .slice(stop.acceptedBefore, stop.acceptedUntil)
          .filter((m) => m.to === stop.phone)
          .map((m) => m.body);
        expect({ stop: stop.phone, acceptedAfterStop: accepted }).toEqual({
          stop: stop.phone,
          acceptedAfterStop: [],
        });
        const later = await withDeliveries(
          s.models,
          await OutboundMessage.find({
            person: stop.personId,
            _id: { $gt: stop.after, ...(stop.until ? { $lt: stop.until } : {}) },
          }).lean(),
        );
        const handedOver = later
          .filter((m) => m.suppressed !== 'opted_out')
          .map((m) => ({ key: m.key, status: m.status, errorCode: m.errorCode }));
        expect({ stop: stop.phone, triedAfterStop: handedOver }).toEqual({
          stop: stop.phone,
          triedAfterStop: [],
        });
      }
    };

    await fc.assert(
      fc.asyncProperty(run, async (r) => {
        runNumber += 1;
        const orgNumber = `+1202555${String(3000 + runNumber).padStart(4, '0')}`;
        const org = await seedOrganisation(s.models, {
          name: `Org ${runNumber}`,
          smsNumbers: [orgNumber],
          offerStrategy: { kind: 'broadcast' },
          ...(r.quiet ? {} : { quietHours: null }),
        });
        const boss = await seedPerson(s.models, org, {
          name: `Boss ${runNumber}`,
          roles: [{ organisation: org._id, role: 'supervisor' }],
        });
        const workers: Awaited<ReturnType<typeof seedPerson>>[] = [];
        for (let i = 0; i < r.workers; i += 1) {
          workers.push(await seedPerson(s.models, org, { name: `W${runNumber}-${i + 1}` }));
        }
        const start = new Date(s.clock.now().getTime() + r.startInMinutes * MINUTE);
        const shift = await postShift(s.runtime, {
          organisationId: org.id,
          supervisorId: boss.id,
          place: `Site ${runNumber}`,
          start,
          end: new Date(start.getTime() + r.lengthMinutes * MINUTE),
          places: r.places,
        });
        await s.settle();

        const stopped = new Set<string>();
        const stops: Stop[] = [];
        const trail: string[] = [`run ${runNumber}`];
        const text = async (phone: string, body: string) => {
          const open = stops.find((stop) => stop.phone === phone && !stop.until);
          if (body === 'YES' && open) {
            stopped.delete(phone);
            open.acceptedUntil = endpoint.attempts().length;
            open.until = new Types.ObjectId();
          }
          if (body === 'STOP' && !stopped.has(phone)) {
            stopped.add(phone);
            const person = workers.find((w) => w.phone === phone)!;
            stops.push({
              phone,
              personId: person.id as string,
              acceptedBefore: endpoint.attempts().length,
              after: new Types.ObjectId(),
            });
          }
          // To the organisation's number, as a STOP applies to the number it is sent to.
          await s.text(phone, body, orgNumber);
        };

        for (const a of r.actions) {
          const w = 'worker' in a ? workers[a.worker % workers.length]! : undefined;
          switch (a.kind) {
            case 'text':
              trail.push(`${w!.name}: ${a.body}`);
              await text(w!.phone!, a.body);
              break;
            case 'advance':
              trail.push(`+${a.minutes} min`);
              await s.advance(a.minutes * MINUTE);
              break;
            case 'supervisor': {
              const latest = endpoint
                .received(boss.phone!)
                .map((m) => codeIn(m.body))
                .filter((c) => c !== undefined)
                .at(-1);
              const body = latest ? `${a.answer} ${latest}` : a.answer;
              trail.push(`supervisor: ${body}`);
              await s.text(boss.phone!, body, orgNumber);
              break;
            }
          }
          await checkSeats(shift._id, r.places, trail);
        }

        // Confirmed hours: each record, and each person's total, within the shift's length.
        const shiftMinutes = r.lengthMinutes;
        const confirmed = await WorkRecord.find({
          shift: shift._id,
          kind: 'hours_confirmed',
        }).lean();
        const where = trail.join(' / ');
        expect({ where, over: confirmed.filter((c) => (c.minutes ?? 0) > shiftMinutes) }).toEqual({
          where,
          over: [],
        });
        const perPerson = new Map<string, number>();
        for (const c of confirmed) {
          const key = c.person?.toString() ?? '?';
          perPerson.set(key, (perPerson.get(key) ?? 0) + (c.minutes ?? 0));
        }
        expect({
          where,
          overPerPerson: [...perPerson.values()].filter((m) => m > shiftMinutes),
        }).toEqual({
          where,
          overPerPerson: [],
        });
        // Nothing sent after a STOP (this run's: the run's data is forgotten below).
        await checkStops(stops);
        await forgetRun();
      }),
      { numRuns: NUM_RUNS, endOnFailure: true },
    );
  }, 420_000);
});
