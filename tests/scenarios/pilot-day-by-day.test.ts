import { HOUR, MINUTE, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { apiAs } from '../support/scenario-api';

describe('a pilot measured day by day', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it("counts the cohort's booking and confirmed hours where they worked, beside the demand for another skill nobody could meet", async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam', 'cora']);
    const { ana, ben, sam } = cast;
    const coordinator = await apiAs(s, cast.org, 'coordinator');

    // Ana and Ben pass the social prescribing course; Cleo does not take it.
    for (const worker of [ana, ben]) {
      const granted = await coordinator('post', `/people/${worker.id as string}/badges`, {
        badge: 'social_prescriber',
        reason: 'Passed the course',
      });
      expect(granted.status).toBe(201);
    }
    const pilot = await coordinator('post', '/pilots', {
      name: 'Social prescribing',
      badge: 'social_prescriber',
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(pilot.status).toBe(201);
    expect([...pilot.body.cohort].sort()).toEqual([ana.id, ben.id].sort());

    // Wednesday: a social prescribing session at the clinic, and forklift work nobody can do.
    const post = async (place: string, start: string, places: number, need: object) => {
      const res = await coordinator('post', '/shifts', {
        place,
        start,
        end: new Date(Date.parse(start) + 4 * HOUR).toISOString(),
        places,
        supervisorId: sam.id,
        ...need,
      });
      expect(res.status).toBe(201);
      await s.settle();
    };
    await post('Eastside clinic', '2026-11-25T14:00:00Z', 1, {
      requiredBadges: ['social_prescriber'],
    });
    await post('Depot', '2026-11-25T15:00:00Z', 2, { requiredSkills: ['forklift'] });
    const offered = [ana, ben].find((w) => s.h.twilio.phones.received(w.phone!).length > 0)!;
    await takeOffer(s, offered);

    await s.advance(Date.parse('2026-11-25T13:55:00Z') - s.clock.now().getTime());
    await s.text(offered.phone!, 'HERE');
    await s.advance(4 * HOUR + 5 * MINUTE);
    await s.text(offered.phone!, 'DONE');
    const ask = s.inbox(sam.phone!).find((text) => text.includes('reports done'));
    await s.text(sam.phone!, `OK ${codeIn(ask)}`);

    const daily = await coordinator(
      'get',
      `/pilots/${pilot.body.id as string}/daily?from=2026-11-24&to=2026-11-25`,
    );
    expect(daily.status).toBe(200);
    expect(daily.body.days).toEqual([
      { date: '2026-11-24', bookings: 0, hoursConfirmed: 0, areas: [], otherSkills: [] },
      {
        date: '2026-11-25',
        bookings: 1,
        hoursConfirmed: 4,
        areas: [{ area: 'Eastside clinic', bookings: 1, hoursConfirmed: 4 }],
        otherSkills: [{ skill: 'forklift', places: 2, filled: 0, unfilled: 2 }],
      },
    ]);
  }, 90_000);
});
