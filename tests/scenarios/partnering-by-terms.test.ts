import { HOUR, MINUTE, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { apiAs } from '../support/scenario-api';
import { seedOrganisation, seedPerson } from '../support/seed';

const PARKS = '+15005550016';

describe("partnering by accepting a provider's standing terms", () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it("books the provider's worker on the client's shifts that fit the terms, charges both reports at the terms' rate, and stops when ended", async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    // Riverside (the provider) and its worker Ana, who can pick litter and drive a forklift.
    const { org: riverside } = await seedCast(s, []);
    const ana = await seedPerson(s.models, riverside, {
      name: 'Ana',
      employmentType: 'full_time',
      skills: ['litter_pick', 'forklift'],
    });
    // City Parks (the client), with no workers of its own, and its supervisor Rae.
    const parks = await seedOrganisation(s.models, {
      name: 'City Parks',
      smsNumbers: [PARKS],
      offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
      quietHours: null,
    });
    const rae = await seedPerson(s.models, parks, {
      name: 'Rae',
      roles: [{ organisation: parks._id, role: 'supervisor' }],
    });
    const provider = await apiAs(s, riverside);
    const client = await apiAs(s, parks);
    const post = async (start: string, hours: number, requiredSkills: string[]) => {
      const res = await client('post', '/shifts', {
        place: 'Riverside Park, north gate',
        start,
        end: new Date(Date.parse(start) + hours * HOUR).toISOString(),
        places: 1,
        supervisorId: rae.id,
        requiredSkills,
      });
      expect(res.status).toBe(201);
      await s.settle();
      return res.body.id as string;
    };
    const offersOf = (shift: string) => s.models.Offer.countDocuments({ shift });

    const published = await provider('post', '/organisation/terms', {
      chargeCentsPerHour: 3_000,
      skills: ['litter_pick'],
      areas: ['Riverside Park'],
      noticeHours: 24,
      autoPartner: true,
    });
    const listed = await client('get', '/terms');
    expect(listed.body.items).toEqual([published.body]);
    const accepted = await client('post', `/terms/${published.body.id}/accept`);
    expect(accepted.body).toMatchObject({ pending: false, chargeCentsPerHour: 3_000 });

    // Wed 25 Nov, 9am-1pm: litter picking, two days ahead. Ana is offered it from Parks' number.
    const fits = await post('2026-11-25T14:00:00Z', 4, ['litter_pick']);
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);

    // Work the terms do not name, and work at less notice than they ask: never offered to Ana.
    const forklift = await post('2026-11-26T14:00:00Z', 2, ['forklift']);
    const tomorrowMorning = await post('2026-11-24T13:00:00Z', 2, ['litter_pick']);
    expect(await offersOf(forklift)).toBe(0);
    expect(await offersOf(tomorrowMorning)).toBe(0);
    expect(s.inbox(ana.phone!)).toEqual([]);

    // Riverside changes its terms; the partnership Parks made keeps the version it accepted.
    await provider('post', '/organisation/terms', {
      chargeCentsPerHour: 5_000,
      skills: ['litter_pick', 'forklift'],
      noticeHours: 1,
      autoPartner: true,
    });
    const kept = await client('get', `/partnerships/${accepted.body.id}`);
    expect(kept.body).toEqual(accepted.body);

    // Ana works the Wednesday shift and Rae confirms her hours.
    await s.advance(Date.parse('2026-11-25T13:55:00Z') - s.clock.now().getTime());
    s.inbox(ana.phone!);
    await s.text(ana.phone!, 'HERE');
    await s.advance(4 * HOUR + 5 * MINUTE);
    await s.text(ana.phone!, 'DONE');
    const ask = s.inbox(rae.phone!).find((text) => text.startsWith('Ana reports done'));
    await s.text(rae.phone!, `OK ${codeIn(ask)}`);

    // 4 h at the 30.00 an hour of the terms Parks accepted, not the 50.00 of Riverside's new ones.
    const day = '?from=2026-11-25&to=2026-11-25';
    const [parksReport, riversideReport] = await Promise.all([
      client('get', `/reports/summary${day}`),
      provider('get', `/reports/summary${day}`),
    ]);
    expect(parksReport.body.totals).toMatchObject({
      hoursConfirmed: 4,
      chargeCents: 12_000,
      chargesEarnedCents: 0,
    });
    expect(riversideReport.body.totals).toMatchObject({
      chargeCents: 0,
      chargesEarnedCents: 12_000,
    });

    // Parks ends the partnership: a shift that fits is no longer offered to Riverside's workers.
    const ended = await client('delete', `/partnerships/${accepted.body.id}`);
    expect(ended.body.endedAt).toEqual(expect.any(String));
    const afterEnd = await post('2026-11-27T14:00:00Z', 4, ['litter_pick']);
    expect(await offersOf(afterEnd)).toBe(0);
    expect(await offersOf(fits)).toBe(1);
    expect(s.inbox(ana.phone!).filter((text) => text.includes('Fri 27 Nov'))).toEqual([]);
  }, 120_000);
});
