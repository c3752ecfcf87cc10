import { HOUR, postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

const BOOKED =
  "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.";
const DROP_CONFIRM = 'Drop your shift on Wed 25 Nov, 9am-1pm? Reply DROP again to confirm.';
const FALLBACK =
  "Sorry, we didn't understand that, so nothing was changed. Text HELP to see what you can send.";

/** Ana (full-time) booked on Wednesday's shift; Ben (part-time) and Cleo (on-call) not offered yet. */
async function anaBooked(s: Scenario) {
  const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam']);
  const { ana, ben, cleo } = cast;
  const shift = await postWednesdayShift(s, cast);
  await takeOffer(s, ana);
  expect(s.inbox(ana.phone!)).toEqual([BOOKED]);
  expect(s.inbox(ben.phone!)).toEqual([]);
  expect(s.inbox(cleo.phone!)).toEqual([]);
  const seats = () =>
    s.models.Assignment.find({ shift: shift._id })
      .lean()
      .then((all) => all.map((a) => [a.person.toString(), a.seat]));
  expect(await seats()).toEqual([[ana.id, 1]]);
  return { ...cast, shift, seats };
}

describe('a booked worker drops a shift by text', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('asks to confirm, frees the seat on the second DROP, and re-offers it urgently to the next worker', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, ben, cleo, seats } = await anaBooked(s);

    await s.advance(HOUR);
    await s.text(ana.phone!, 'DROP');
    expect(s.inbox(ana.phone!)).toEqual([DROP_CONFIRM]);
    expect(await seats()).toEqual([[ana.id, 1]]);

    await s.text(ana.phone!, 'drop');
    expect(s.inbox(ana.phone!)).toEqual([
      "OK, you're no longer booked for Wed 25 Nov, 9am-1pm. Thanks for telling us.",
    ]);
    expect(await seats()).toEqual([]);
    const drops = await s.models.WorkRecord.find({ kind: 'drop' }).lean();
    expect(drops.map((r) => r.person?.toString())).toEqual([ana.id]);

    // A replacement: on-call first, with the urgent text.
    const [urgent] = s.inbox(cleo.phone!);
    const code = codeIn(urgent);
    expect(urgent).toBe(
      `Urgent: shift starting soon, Wed 25 Nov, 9am-1pm, Riverside Park, north gate (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`,
    );
    expect(s.inbox(ben.phone!)).toEqual([]);

    await s.text(cleo.phone!, 'yes');
    expect(s.inbox(cleo.phone!)).toEqual([BOOKED]);
    expect(await seats()).toEqual([[cleo.id, 1]]);
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(ben.phone!)).toEqual([]);
  }, 60_000);

  it('keeps the booking when the worker answers "no" to "drop your shift?"', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, ben, cleo, seats } = await anaBooked(s);

    await s.text(ana.phone!, 'DROP');
    expect(s.inbox(ana.phone!)).toEqual([DROP_CONFIRM]);
    await s.text(ana.phone!, 'no');
    expect(s.inbox(ana.phone!)).toEqual([]); // the attendance flow goes back to booked, silently
    expect(await seats()).toEqual([[ana.id, 1]]);
    expect(await s.models.WorkRecord.countDocuments({ kind: 'drop' })).toBe(0);
    expect(s.inbox(ben.phone!)).toEqual([]);
    expect(s.inbox(cleo.phone!)).toEqual([]);

    // Still booked: reminded the day before, like anyone booked.
    await s.advance(24 * HOUR);
    expect(s.inbox(ana.phone!)).toEqual([
      "Reminder: your shift starts in 24 hours (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
    ]);
  }, 60_000);

  it('never drops the shift for CANCEL: in a sentence it is not understood, alone it opts the person out', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, ben, cleo, seats } = await anaBooked(s);

    await s.text(ana.phone!, 'cancel my shift');
    expect(s.inbox(ana.phone!)).toEqual([FALLBACK]);
    expect(await seats()).toEqual([[ana.id, 1]]);

    await s.text(ana.phone!, 'CANCEL');
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.h.twilio.phones.isOptedOut(ana.phone!)).toBe(true);
    // Opted out of the number she texted, as Twilio blocks it.
    const person = await s.models.Person.findById(ana.id).lean();
    const organisation = await s.models.Organisation.findById(person?.organisation).lean();
    expect(person?.optedOutOf).toEqual(organisation?.smsNumbers.slice(0, 1));
    expect(await seats()).toEqual([[ana.id, 1]]);
    expect(await s.models.WorkRecord.countDocuments({ kind: 'drop' })).toBe(0);
    expect(s.inbox(ben.phone!)).toEqual([]);
    expect(s.inbox(cleo.phone!)).toEqual([]);

    // Nothing is sent to her afterwards, not even her reminders.
    await s.advance(24 * HOUR);
    await s.text(ana.phone!, 'STATUS');
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(await seats()).toEqual([[ana.id, 1]]);
  }, 60_000);
});
