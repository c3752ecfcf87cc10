import {
  HOUR,
  MINUTE,
  postThursdayShift,
  postWednesdayShift,
  seedCast,
  takeOffer,
} from '../support/cast';
import { Scenario } from '../support/scenario';

describe('STATUS and LATE by text', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('lists both upcoming shifts for STATUS, and tells the supervisor when the worker texts LATE 15', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const cast = await seedCast(s, ['ana', 'sam']);
    const { ana, sam } = cast;

    await s.text(ana.phone!, 'STATUS');
    expect(s.inbox(ana.phone!)).toEqual([
      "You have no upcoming shifts. We'll text you when there's work.",
    ]);

    await postWednesdayShift(s, cast);
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    await postThursdayShift(s, cast);
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Thu 26 Nov, 10am-2pm, Food bank, Elm Street. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);

    await s.text(ana.phone!, 'STATUS');
    expect(s.inbox(ana.phone!)).toEqual([
      'Your next 2 shifts:\nWed 25 Nov, 9am-1pm, Riverside Park, north gate\nThu 26 Nov, 10am-2pm, Food bank, Elm Street',
    ]);

    await s.advance(48 * HOUR - 30 * MINUTE); // Wed 8:30am
    expect(s.inbox(ana.phone!)).toEqual([
      "Reminder: your shift starts in 24 hours (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
      "Reminder: your shift starts in 1 hour (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
    ]);
    await s.text(ana.phone!, 'LATE 15');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks for telling us. We've let your supervisor know. Text HERE when you arrive.",
    ]);
    expect(s.inbox(sam.phone!)).toEqual([
      'Ana is running about 15 min late for Wed 25 Nov, 9am-1pm.',
    ]);

    // The deadline moved to 9:15am + 10 min grace: no "are you on your way?" at 9:10am.
    await s.advance(44 * MINUTE); // 9:14am
    expect(s.inbox(ana.phone!)).toEqual([]);
    await s.text(ana.phone!, 'here');
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks Ana, you're checked in. Text DONE when you finish.",
    ]);
    expect(s.inbox(sam.phone!)).toEqual([]);
  }, 60_000);
});
