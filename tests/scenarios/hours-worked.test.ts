import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import { HOUR, MINUTE, postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

// Wed 25 Nov 2026, 9am-1pm in New York (14:00Z-18:00Z), supervised by Sam, coordinated by Cora.
const WEDNESDAY_9AM = '2026-11-25T14:00:00.000Z';
const BOOKED =
  "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.";

type Cast = Awaited<ReturnType<typeof seedCast<'ana' | 'sam' | 'cora'>>>;

/** Ana booked on the Wednesday shift; the clock at Monday 9am New York. */
async function bookedWednesday(s: Scenario, organisation: Record<string, unknown> = {}) {
  const cast = await seedCast(s, ['ana', 'sam', 'cora'], organisation);
  const shift = await postWednesdayShift(s, cast);
  await takeOffer(s, cast.ana);
  expect(s.inbox(cast.ana.phone!)).toEqual([BOOKED]);
  return { ...cast, shift };
}

/** The clock to `iso`, with the texts sent on the way read and put aside. */
async function advanceTo(s: Scenario, cast: Cast, iso: string) {
  await s.advance(new Date(iso).getTime() - s.clock.now().getTime());
  for (const person of [cast.ana, cast.sam, cast.cora]) s.inbox(person.phone!);
}

const speaks = (s: Scenario, person: { _id: unknown }, language: 'es' | 'fr') =>
  s.models.Person.updateOne({ _id: person._id }, { $set: { language } });

/** The shift's one place as the admin API shows it to the coordinator's key. */
async function placeInApi(s: Scenario, cast: Cast & { shift: { _id: unknown } }) {
  const { key } = await createApiKey(
    s.models,
    { organisation: cast.org._id, role: 'coordinator', name: 'Cora at the desk' },
    s.clock.now(),
  );
  const res = await fetch(
    `http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1/shifts/${String(cast.shift._id)}`,
    { headers: { authorization: `Bearer ${key}` } },
  );
  expect(res.status).toBe(200);
  const body = (await res.json()) as { assignments: Record<string, unknown>[] };
  expect(body.assignments).toHaveLength(1);
  return body.assignments[0]!;
}

describe('hours are what was worked', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('asks the supervisor to confirm DONE less HERE, to the quarter hour, and shows in and out times', async () => {
    const cast = await bookedWednesday(s);
    const { ana, sam } = cast;
    await advanceTo(s, cast, '2026-11-25T13:55:00Z'); // Wed 8:55am
    await s.text(ana.phone!, 'HERE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks Ana, you're checked in. Text DONE when you finish.",
    ]);

    await s.advance(2 * HOUR + 17 * MINUTE); // 11:12am: 2 h 17 worked, 2 h 15 to the quarter
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks! We've sent your 2.25 h to your supervisor to confirm.",
    ]);
    const [ask] = s.inbox(sam.phone!);
    const code = codeIn(ask);
    expect(ask).toBe(
      `Ana reports done: Wed 25 Nov, 9am-1pm (2.25 h). Reply OK ${code} to confirm or NO ${code}.`,
    );
    expect(await placeInApi(s, cast)).toMatchObject({
      minutes: 135,
      checkedInAt: '2026-11-25T13:55:00.000Z',
      finishedAt: '2026-11-25T16:12:00.000Z',
      checkInInferred: false,
      noDone: false,
    });

    await s.text(sam.phone!, `OK ${code}`);
    const confirmed = await s.models.WorkRecord.find({ kind: 'hours_confirmed' }).lean();
    expect(confirmed.map((r) => r.minutes)).toEqual([135]);
  }, 60_000);

  it('answers a DONE moments after HERE without sending the supervisor any hours', async () => {
    const cast = await bookedWednesday(s);
    const { ana, sam } = cast;
    await advanceTo(s, cast, WEDNESDAY_9AM);
    await s.text(ana.phone!, 'HERE');
    await s.advance(30_000);
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks Ana, you're checked in. Text DONE when you finish.",
      'You only just checked in, so no hours were sent. Text DONE when you finish.',
    ]);
    expect(s.inbox(sam.phone!)).toEqual([]);

    await s.advance(2 * HOUR); // 11am: two hours worked
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(sam.phone!)).toEqual([expect.stringContaining('(2 h)')]);
  }, 60_000);

  it('rounds to the organisation increment and tells a Spanish speaker in Spanish', async () => {
    const cast = await bookedWednesday(s, { hoursIncrementMinutes: 30 });
    const { ana, sam } = cast;
    await speaks(s, ana, 'es');
    await advanceTo(s, cast, WEDNESDAY_9AM);
    await s.text(ana.phone!, 'HERE');
    await s.advance(HOUR + 20 * MINUTE); // 1 h 20 worked: 1 h 30 to the half hour
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      'Gracias Ana, registramos tu llegada. Escribe DONE al terminar.',
      '¡Gracias! Enviamos tus 1,5 h a tu supervisor para que las confirme.',
    ]);
    const [ask] = s.inbox(sam.phone!);
    expect(ask).toContain('(1.5 h)');
  }, 60_000);

  it('takes DONE without HERE during the shift, counted from the start and flagged to the supervisor', async () => {
    // An organisation that waits an hour before asking "are you on your way?".
    const cast = await bookedWednesday(s, { graceMinutes: 60, noShowAfterMinutes: 60 });
    const { ana, sam } = cast;
    await advanceTo(s, cast, '2026-11-25T15:40:00Z'); // Wed 10:40am, no HERE
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks! We've sent your 1.75 h to your supervisor to confirm.",
    ]);
    const [ask] = s.inbox(sam.phone!);
    const code = codeIn(ask);
    expect(ask).toBe(
      `Ana reports done: Wed 25 Nov, 9am-1pm (1.75 h, counted from the start: no HERE was sent). Reply OK ${code} to confirm or NO ${code}.`,
    );
    expect(await placeInApi(s, cast)).toMatchObject({
      attendance: 'checked_in',
      completion: 'reported',
      minutes: 105,
      checkedInAt: WEDNESDAY_9AM,
      checkInInferred: true,
    });
    // No "are you on your way?" or no-show later: she is checked in.
    await s.advance(2 * HOUR);
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(await s.models.WorkRecord.countDocuments({ kind: 'no_show' })).toBe(0);
  }, 60_000);

  it('flags a DONE without HERE to a French supervisor in French', async () => {
    const cast = await bookedWednesday(s, { graceMinutes: 60, noShowAfterMinutes: 60 });
    const { ana, sam } = cast;
    await speaks(s, sam, 'fr');
    await advanceTo(s, cast, '2026-11-25T15:40:00Z');
    await s.text(ana.phone!, 'DONE');
    const [ask] = s.inbox(sam.phone!);
    const code = codeIn(ask);
    expect(ask).toBe(
      `Ana a terminé : mer. 25 nov., 9 h-13 h (1,75 h, comptées depuis le début : pas de HERE). Répondez OK ${code} pour valider ou NON ${code}.`,
    );
  }, 60_000);

  it('asks for DONE after the end and grace, then asks the supervisor to confirm the scheduled hours', async () => {
    const cast = await bookedWednesday(s);
    const { ana, sam } = cast;
    await advanceTo(s, cast, '2026-11-25T13:55:00Z');
    await s.text(ana.phone!, 'HERE');
    s.inbox(ana.phone!);

    await advanceTo(s, cast, '2026-11-25T18:29:00Z'); // 1:29pm: within the 30 minutes' grace
    await s.advance(2 * MINUTE); // 1:31pm
    expect(s.inbox(ana.phone!)).toEqual([
      'Your shift (Wed 25 Nov, 9am-1pm) has ended. Text DONE when you finish so your supervisor can confirm your hours.',
    ]);
    expect(s.inbox(sam.phone!)).toEqual([]);

    await s.advance(HOUR); // 2:31pm: an hour later, still nothing
    expect(s.inbox(ana.phone!)).toEqual([]);
    const [ask] = s.inbox(sam.phone!);
    const code = codeIn(ask);
    expect(ask).toBe(
      `Ana did not text DONE for Wed 25 Nov, 9am-1pm. Reply OK ${code} to confirm the 4 h scheduled or NO ${code}.`,
    );
    expect(await placeInApi(s, cast)).toMatchObject({
      completion: 'reported',
      minutes: 240,
      checkedInAt: '2026-11-25T13:55:00.000Z',
      finishedAt: null,
      noDone: true,
    });

    await s.text(sam.phone!, `OK ${code}`);
    expect(s.inbox(sam.phone!)).toEqual([
      "Thanks, Ana's 4 h for Wed 25 Nov, 9am-1pm are confirmed.",
    ]);
    expect(s.inbox(ana.phone!)).toEqual([
      'Your 4 h for Wed 25 Nov, 9am-1pm are confirmed. Thank you!',
    ]);
  }, 60_000);

  it('takes a DONE sent after being asked for it, and asks a Spanish speaker in Spanish', async () => {
    const cast = await bookedWednesday(s);
    const { ana, sam } = cast;
    await speaks(s, ana, 'es');
    await advanceTo(s, cast, WEDNESDAY_9AM);
    await s.text(ana.phone!, 'HERE');
    s.inbox(ana.phone!);

    await advanceTo(s, cast, '2026-11-25T18:29:00Z');
    await s.advance(2 * MINUTE); // 1:31pm
    expect(s.inbox(ana.phone!)).toEqual([
      'Tu turno (mié 25 nov, 9-13 h) ya terminó. Escribe DONE al terminar para que tu supervisor confirme tus horas.',
    ]);
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      '¡Gracias! Enviamos tus 4 h a tu supervisor para que las confirme.',
    ]);
    const [ask] = s.inbox(sam.phone!);
    expect(ask).toContain('(4 h)');
    await s.advance(2 * HOUR); // the no-DONE report was cancelled by the DONE
    expect(s.inbox(sam.phone!)).toEqual([expect.stringContaining('Reminder: Ana reported 4 h')]);
  }, 60_000);

  it('tells a worker who turns up after the no-show that the place went to someone else, and tells the staff', async () => {
    const cast = await bookedWednesday(s, { graceMinutes: 10, noShowAfterMinutes: 20 });
    const { ana, sam, cora } = cast;
    await advanceTo(s, cast, '2026-11-25T14:31:00Z'); // 9:31am: the no-show has fired
    expect(await s.models.WorkRecord.countDocuments({ kind: 'no_show' })).toBe(1);

    await s.advance(9 * MINUTE); // 9:40am
    await s.text(ana.phone!, 'HERE sorry bus was late');
    expect(s.inbox(ana.phone!)).toEqual([
      "Sorry, we didn't hear from you in time, so your shift (Wed 25 Nov, 9am-1pm) went to someone else. Please don't start unless your supervisor asks you to stay. We've told them you're here.",
    ]);
    expect(s.inbox(sam.phone!)).toEqual([
      'Ana has arrived for Wed 25 Nov, 9am-1pm, Riverside Park, north gate, after the no-show. They are no longer booked: please tell them if they should stay.',
    ]);
    expect(s.inbox(cora.phone!)).toEqual([
      'Ana has arrived for Wed 25 Nov, 9am-1pm, Riverside Park, north gate, after the no-show. We asked others to cover; Sam decides on site if they stay.',
    ]);

    // Said once: a second HERE is not a second alarm.
    await s.text(ana.phone!, 'HERE');
    expect(s.inbox(sam.phone!)).toEqual([]);
    expect(s.inbox(cora.phone!)).toEqual([]);
  }, 60_000);

  it('tells a Spanish speaker who turns up after the no-show in Spanish', async () => {
    const cast = await bookedWednesday(s, { graceMinutes: 10, noShowAfterMinutes: 20 });
    const { ana } = cast;
    await speaks(s, ana, 'es');
    await advanceTo(s, cast, '2026-11-25T14:40:00Z');
    await s.text(ana.phone!, 'HERE perdón, el bus llegó tarde');
    expect(s.inbox(ana.phone!)).toEqual([
      'Lo sentimos, no supimos de ti a tiempo y tu turno del mié 25 nov, 9-13 h pasó a otra persona. No empieces salvo que tu supervisor te pida quedarte. Ya le avisamos que llegaste.',
    ]);
  }, 60_000);

  it('acknowledges the supervisor’s OK and NO in one line', async () => {
    const cast = await bookedWednesday(s);
    const { ana, sam } = cast;
    await advanceTo(s, cast, WEDNESDAY_9AM);
    await s.text(ana.phone!, 'HERE');
    await s.advance(4 * HOUR);
    await s.text(ana.phone!, 'DONE');
    const code = codeIn(s.inbox(sam.phone!)[0]);
    await s.text(sam.phone!, `NO ${code}`);
    expect(s.inbox(sam.phone!)).toEqual([
      "Thanks, Ana's 4 h for Wed 25 Nov, 9am-1pm are marked disputed. Riverside Outreach will check.",
    ]);
  }, 60_000);

  it('acknowledges a French supervisor’s OK in French', async () => {
    const cast = await bookedWednesday(s);
    const { ana, sam } = cast;
    await speaks(s, sam, 'fr');
    await advanceTo(s, cast, WEDNESDAY_9AM);
    await s.text(ana.phone!, 'HERE');
    await s.advance(4 * HOUR);
    await s.text(ana.phone!, 'DONE');
    const code = codeIn(s.inbox(sam.phone!)[0]);
    await s.text(sam.phone!, `OK ${code}`);
    expect(s.inbox(sam.phone!)).toEqual([
      'Merci, les 4 h de Ana (mer. 25 nov., 9 h-13 h) sont validées.',
    ]);
  }, 60_000);
});
