import { postShift } from '../../../src/engine/runtime/events';
import type { Runtime } from '../../../src/runtime';
import type { TwilioLocalPhones } from '../../../src/twilio-local';
import { seedPeople, type BenchPerson } from '../../../scripts/bench/seed-people';
import { eventually } from '../../support/harness';
import { seedOrganisation, seedPerson } from '../../support/seed';

const MINUTE = 60_000;

/** A's workers are booked before the fault; their 1-hour reminders fall due during the drill. */
export const A_PEOPLE = 6;
export const A_PLACES = 3;
/** B's workers are offered a shift just before the fault and reply while it happens (by default). */
export const B_PEOPLE = 24;
export const B_PLACES = 5;
/** From posting shift A to its reminders' due time: booking A must fit in it. */
const REMINDERS_DUE_AFTER_MS = 25_000;

type Person = BenchPerson;
type Shift = Awaited<ReturnType<typeof postShift>>;

/** Two organisations, each with its own number, so each shift's broadcast reaches its own crowd. */
export interface DrillWorld {
  aPeople: Person[];
  bPeople: Person[];
  shiftA: Shift;
  shiftB: Shift;
  /** When the A reminders are due (real time). */
  remindersDueAt: Date;
  /** Every person's phone, supervisors included, by person id. */
  phoneOf: Map<string, string>;
  /** Seconds spent seeding, booking A and offering B. */
  preparedIn: { seed: number; bookA: number; offerB: number };
}

async function seedCrowd(runtime: Runtime, smsNumber: string, size: number) {
  const { models } = runtime;
  const org = await seedOrganisation(models, {
    name: `Drill ${smsNumber.slice(-2)}`,
    smsNumbers: [smsNumber],
    offerStrategy: { kind: 'broadcast' },
    quietHours: null,
    reminderMinutesBefore: [60],
  });
  const supervisor = await seedPerson(models, org, {
    name: 'Sam',
    roles: [{ organisation: org._id, role: 'supervisor' }],
  });
  const people = await seedPeople(models, org, size, 'worker');
  return { org, supervisor, people };
}

async function allReceived(phones: TwilioLocalPhones, numbers: string[], count: number) {
  const short = await eventually(
    async () => numbers.filter((n) => phones.received(n).length < count).length,
    (left) => left === 0,
    120_000,
  );
  if (short > 0) throw new Error(`${short} phones did not receive ${count} texts in time`);
}

/**
 * Seeds both crowds; books shift A (its 1-hour reminders due ~25 s after it was posted), then
 * offers shift B to its crowd (B_PEOPLE, or `bPeople`) and waits until every B phone has its
 * offer. Returns before any B reply, so the drill's load and fault come next. Booking A goes
 * through every process of a cluster, slower than through one: `remindersDueAfterMs` gives it longer.
 */
export async function prepareDrill(
  runtime: Runtime,
  phones: TwilioLocalPhones,
  {
    bPeople = B_PEOPLE,
    remindersDueAfterMs = REMINDERS_DUE_AFTER_MS,
  }: { bPeople?: number; remindersDueAfterMs?: number } = {},
): Promise<DrillWorld> {
  const began = Date.now();
  const secs = (from: number, to = Date.now()) => Math.round((to - from) / 100) / 10;
  const a = await seedCrowd(runtime, '+15005550011', A_PEOPLE);
  const b = await seedCrowd(runtime, '+15005550012', bPeople);
  const phoneOf = new Map<string, string>();
  for (const p of [a.supervisor, b.supervisor, ...a.people, ...b.people])
    phoneOf.set(p._id.toString(), p.phone!);

  const seeded = Date.now();
  const now = runtime.clock.now().getTime();
  const remindersDueAt = new Date(now + remindersDueAfterMs);
  const startA = new Date(remindersDueAt.getTime() + 60 * MINUTE);
  const shiftA = await postShift(runtime, {
    organisationId: a.org.id,
    supervisorId: a.supervisor.id,
    place: 'North gate',
    start: startA,
    end: new Date(startA.getTime() + 240 * MINUTE),
    places: A_PLACES,
  });
  const aPhones = a.people.map((p) => p.phone!);
  await allReceived(phones, aPhones, 1);
  for (const phone of aPhones) await phones.send(phone, 'YES');
  const seated = await eventually(
    () => runtime.models.Assignment.countDocuments({ shift: shiftA._id }),
    (n) => n === A_PLACES,
    30_000,
  );
  if (seated !== A_PLACES)
    throw new Error(`shift A seated ${seated} of ${A_PLACES} before the drill`);
  await allReceived(phones, aPhones, 2);
  if (runtime.clock.now() >= remindersDueAt)
    throw new Error('booking shift A took longer than its reminders lead: no reminder is due');

  const bookedA = Date.now();
  const startB = new Date(now + 26 * 60 * MINUTE);
  const shiftB = await postShift(runtime, {
    organisationId: b.org.id,
    supervisorId: b.supervisor.id,
    place: 'South gate',
    start: startB,
    end: new Date(startB.getTime() + 240 * MINUTE),
    places: B_PLACES,
  });
  await allReceived(
    phones,
    b.people.map((p) => p.phone!),
    1,
  );
  return {
    aPeople: a.people,
    bPeople: b.people,
    shiftA,
    shiftB,
    remindersDueAt,
    phoneOf,
    preparedIn: { seed: secs(began, seeded), bookA: secs(seeded, bookedA), offerB: secs(bookedA) },
  };
}
