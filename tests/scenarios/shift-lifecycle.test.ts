import { HOUR, postWednesdayShift, seedCast } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

describe('a shift from offer to confirmed hours, by text', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('offers, books, reminds, checks in, reports done, and records confirmed hours', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const cast = await seedCast(s, ['ana', 'cleo', 'sam']);
    const { ana, cleo, sam } = cast;

    await postWednesdayShift(s, cast);
    const [offer] = s.inbox(ana.phone!);
    const code = codeIn(offer);
    expect(offer).toBe(
      `New shift from Riverside Outreach: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Reply YES ${code} to take it or NO ${code}.`,
    );
    expect(s.inbox(cleo.phone!)).toEqual([]); // full-time first, one at a time

    await s.text(ana.phone!, 'yes');
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);

    await s.advance(24 * HOUR + 30 * 60_000); // Tue 9:30am
    expect(s.inbox(ana.phone!)).toEqual([
      "Reminder: your shift starts in 24 hours (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
    ]);
    await s.advance(23 * HOUR - 10 * 60_000); // Wed 8:20am
    expect(s.inbox(ana.phone!)).toEqual([
      "Reminder: your shift starts in 1 hour (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
    ]);

    await s.text(ana.phone!, 'here');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks Ana, you're checked in. Text DONE when you finish.",
    ]);

    await s.advance(4 * HOUR);
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks! We've sent your 4 h to your supervisor to confirm.",
    ]);
    const [ask] = s.inbox(sam.phone!);
    const confirm = codeIn(ask);
    expect(ask).toBe(
      `Ana reports done: Wed 25 Nov, 9am-1pm (4 h). Reply OK ${confirm} to confirm or NO ${confirm}.`,
    );

    await s.text(sam.phone!, `ok ${confirm.toLowerCase()}`);
    expect(s.inbox(ana.phone!)).toEqual([
      'Your 4 h for Wed 25 Nov, 9am-1pm are confirmed. Thank you!',
    ]);
    const confirmed = await s.models.WorkRecord.find({ kind: 'hours_confirmed' }).lean();
    expect(confirmed.map((r) => [r.person?.toString(), r.minutes])).toEqual([[ana.id, 240]]);

    await s.text(ana.phone!, 'HOURS');
    expect(s.inbox(ana.phone!)).toEqual(['This week: 4 hours confirmed. All time: 4 h.']);
  }, 60_000);
});
