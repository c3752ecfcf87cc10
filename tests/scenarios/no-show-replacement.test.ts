import { HOUR, MINUTE, postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

describe('a booked worker who never checks in', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('is nudged after the grace period, then reported as a no-show and replaced urgently, on-call first', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam', 'cora'], {
      graceMinutes: 10,
      noShowAfterMinutes: 20,
    });
    const { ana, ben, cleo, sam, cora } = cast;

    const shift = await postWednesdayShift(s, cast); // coordinated by Cora
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    expect(s.inbox(cleo.phone!)).toEqual([]);

    await s.advance(48 * HOUR + 9 * MINUTE); // Wed 9:09am: within the grace period
    expect(s.inbox(ana.phone!)).toEqual([
      "Reminder: your shift starts in 24 hours (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
      "Reminder: your shift starts in 1 hour (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
    ]);
    await s.advance(2 * MINUTE); // 9:11am
    expect(s.inbox(ana.phone!)).toEqual([
      "Your shift started at 9am. Are you on your way? Text HERE when you arrive, or DROP if you can't come.",
    ]);
    expect(s.inbox(sam.phone!)).toEqual([]);
    expect(s.inbox(cora.phone!)).toEqual([]);

    await s.advance(18 * MINUTE); // 9:29am: no answer yet, still hers
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(sam.phone!)).toEqual([]);
    await s.advance(2 * MINUTE); // 9:31am: 20 minutes after the nudge
    expect(s.inbox(ana.phone!)).toEqual([
      "We didn't hear from you, so your shift (Wed 25 Nov, 9am-1pm) went to someone else. If something went wrong, call 555-0100.",
    ]);
    expect(s.inbox(sam.phone!)).toEqual([
      'No-show: Ana has not checked in for Wed 25 Nov, 9am-1pm, Riverside Park, north gate.',
    ]);
    expect(s.inbox(cora.phone!)).toEqual([
      "No-show: Ana has not checked in for Wed 25 Nov, 9am-1pm, Riverside Park, north gate. We're looking for a replacement now.",
    ]);
    const noShows = await s.models.WorkRecord.find({ kind: 'no_show' }).lean();
    expect(noShows.map((r) => [r.person?.toString(), r.shift?.toString()])).toEqual([
      [ana.id, shift._id.toString()],
    ]);
    expect(await s.models.Assignment.countDocuments({ shift: shift._id })).toBe(0);

    // The replacement: on-call before part-time, with the urgent text.
    const [urgent] = s.inbox(cleo.phone!);
    const code = codeIn(urgent);
    expect(urgent).toBe(
      `Urgent: shift starting soon, Wed 25 Nov, 9am-1pm, Riverside Park, north gate (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`,
    );
    expect(s.inbox(ben.phone!)).toEqual([]);

    await s.text(cleo.phone!, 'YES');
    expect(s.inbox(cleo.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    const seats = await s.models.Assignment.find({ shift: shift._id }).lean();
    expect(seats.map((a) => [a.person.toString(), a.seat])).toEqual([[cleo.id, 1]]);
    expect(s.inbox(ben.phone!)).toEqual([]);
  }, 60_000);
});
