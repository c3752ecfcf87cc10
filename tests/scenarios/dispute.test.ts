import { HOUR, postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

describe('a supervisor disputes reported hours', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('tells the worker and the coordinator, records a dispute, and confirms no hours', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const cast = await seedCast(s, ['ana', 'sam', 'cora']);
    const { ana, sam, cora } = cast;

    await postWednesdayShift(s, cast); // coordinated by Cora
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);

    await s.advance(48 * HOUR - 5 * 60_000); // Wed 8:55am
    expect(s.inbox(ana.phone!)).toEqual([
      "Reminder: your shift starts in 24 hours (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
      "Reminder: your shift starts in 1 hour (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
    ]);
    await s.text(ana.phone!, 'HERE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks Ana, you're checked in. Text DONE when you finish.",
    ]);

    await s.advance(4 * HOUR + 5 * 60_000); // 1pm
    await s.text(ana.phone!, 'DONE');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks! We've sent your 4 h to your supervisor to confirm.",
    ]);
    const [ask] = s.inbox(sam.phone!);
    const code = codeIn(ask);
    expect(ask).toBe(
      `Ana reports done: Wed 25 Nov, 9am-1pm (4 h). Reply OK ${code} to confirm or NO ${code}.`,
    );

    await s.text(sam.phone!, `NO ${code}`);
    expect(s.inbox(ana.phone!)).toEqual([
      'Your hours for Wed 25 Nov, 9am-1pm need a check. Someone from Riverside Outreach will contact you.',
    ]);
    expect(s.inbox(sam.phone!)).toEqual([
      "Thanks, Ana's 4 h for Wed 25 Nov, 9am-1pm are marked disputed. Riverside Outreach will check.",
    ]);

    const disputes = await s.models.WorkRecord.find({ kind: 'dispute' }).lean();
    expect(disputes.map((r) => [r.person?.toString(), r.minutes])).toEqual([[ana.id, 240]]);
    expect(await s.models.WorkRecord.countDocuments({ kind: 'hours_confirmed' })).toBe(0);

    // Hours reported but disputed are not counted.
    await s.text(ana.phone!, 'HOURS');
    expect(s.inbox(ana.phone!)).toEqual(['This week: 0 hours confirmed. All time: 0 h.']);

    // The coordinator hears who disputes what: {{supervisor}} in done.disputed.coordinator is the
    // supervisor's name (a variable, see src/i18n/README.md), not the term "supervisor".
    expect(s.inbox(cora.phone!)).toEqual([
      "Sam disputes Ana's 4 h for Wed 25 Nov, 9am-1pm. Please check.",
    ]);
  }, 60_000);
});
