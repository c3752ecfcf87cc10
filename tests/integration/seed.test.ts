import { demoSeed, loadSeed, type SeedResult } from '../../scripts/seed/load-seed';
import { quietPeriodAt } from '../../src/domain/quiet-hours';
import { addMinutes, wallTime } from '../../src/domain/zoned-time';
import { SteppingClock } from '../../src/engine/clock';
import { callerForKey } from '../../src/http/api/v1/auth/api-keys';
import { loadCatalogue } from '../../src/visits/catalogue';
import { startHarness, type Harness } from '../support/harness';

describe('the demo seed', () => {
  const seed = demoSeed();
  let h: Harness;
  let result: SeedResult;
  beforeAll(async () => {
    h = await startHarness();
    result = await loadSeed(h.shiftline.runtime);
  }, 120_000);
  afterAll(() => h.stop());

  const countBy = <T>(items: T[], key: (item: T) => string) =>
    items.reduce<Record<string, number>>((counts, item) => {
      counts[key(item)] = (counts[key(item)] ?? 0) + 1;
      return counts;
    }, {});

  it('describes a region of about fifty workers, mostly English speakers, with staff and clients', () => {
    const workers = seed.people.filter((p) => p.roles.includes('worker'));
    expect(workers.length).toBeGreaterThanOrEqual(45);
    expect(workers.length).toBeLessThanOrEqual(55);
    const languages = countBy(workers, (p) => p.language);
    expect((languages.en ?? 0) / workers.length).toBeCloseTo(0.6, 1);
    expect((languages.es ?? 0) / workers.length).toBeCloseTo(0.25, 1);
    expect((languages.fr ?? 0) / workers.length).toBeCloseTo(0.15, 1);
    expect(Object.keys(countBy(workers, (p) => p.employmentType ?? 'part_time')).sort()).toEqual([
      'full_time',
      'on_call',
      'part_time',
    ]);
    const roles = countBy(
      seed.people.flatMap((p) => p.roles),
      (role) => role,
    );
    expect(roles).toMatchObject({ client: 7, supervisor: 4, coordinator: 3 });
  });

  it('loads every organisation and person into an empty database', async () => {
    expect(result.status).toBe('loaded');
    const organisations = await h.models.Organisation.find().lean();
    expect(organisations.map((o) => o.name).sort()).toEqual([
      'City Parks Guaranteed Work',
      'Harbour Home Care',
      'Riverside Outreach',
    ]);
    const harbour = organisations.find((o) => o.name === 'Harbour Home Care');
    expect(harbour?.offerStrategy).toMatchObject({ kind: 'waves', size: 3 });
    expect(harbour?.terminology).toMatchObject({ en: { shift: 'visit' } });

    const people = await h.models.Person.find().lean();
    expect(countBy(people, (p) => p.roles[0]?.role ?? 'none')).toEqual(
      countBy(seed.people, (p) => p.roles[0] ?? 'none'),
    );
    const workers = people.filter((p) => p.roles.some((r) => r.role === 'worker'));
    expect(countBy(workers, (p) => p.language)).toEqual(
      countBy(
        seed.people.filter((p) => p.roles.includes('worker')),
        (p) => p.language,
      ),
    );
    expect(people.find((p) => p.phone === '+15550000001')).toMatchObject({
      name: 'Ana',
      language: 'en',
      employmentType: 'full_time',
    });
    expect(people.filter((p) => p.channel === 'whatsapp').length).toBeGreaterThan(0);
  });

  it('lets Riverside provide workers to City Parks at a charge', async () => {
    const [riverside, parks] = await Promise.all([
      h.models.Organisation.findOne({ name: 'Riverside Outreach' }).orFail().lean(),
      h.models.Organisation.findOne({ name: 'City Parks Guaranteed Work' }).orFail().lean(),
    ]);
    const partnerships = await h.models.Partnership.find().lean();
    expect(partnerships).toHaveLength(1);
    expect(partnerships[0]).toMatchObject({ provider: riverside._id, client: parks._id });
    expect(partnerships[0]?.chargeCentsPerHour).toBeGreaterThan(0);
  });

  it('posts the upcoming shifts through the engine, so each has offers out', async () => {
    const now = h.shiftline.runtime.clock.now();
    const shifts = await h.models.Shift.find().lean();
    expect(shifts).toHaveLength(seed.shifts.length);
    for (const shift of shifts) {
      expect(shift.start.getTime()).toBeGreaterThan(now.getTime());
      expect(await h.models.Offer.countDocuments({ shift: shift._id })).toBeGreaterThan(0);
    }
    const parksShift = shifts.find((s) => s.place === 'Litter pick, Riverside Park');
    const offered = await h.models.Person.find({
      _id: {
        $in: (await h.models.Offer.find({ shift: parksShift?._id }).lean()).map((o) => o.person),
      },
    }).lean();
    expect(offered.every((p) => p.skills.includes('cleanup'))).toBe(true);
  });

  it('creates the winter clean-up programme of City Parks with its participants and public slug', async () => {
    const parks = await h.models.Organisation.findOne({ name: 'City Parks Guaranteed Work' })
      .orFail()
      .lean();
    const programmes = await h.models.Programme.find().lean();
    expect(programmes).toHaveLength(1);
    const [programme] = programmes;
    expect(programme).toMatchObject({
      organisation: parks._id,
      slug: 'winter-park-cleanup',
      budgetCents: 1_200_000,
      hourlyRateCents: 2000,
      minutesPerParticipant: 600,
    });
    expect(programme?.participants).toHaveLength(14);
    expect(new Set(programme?.participants.map((p) => p.payType))).toEqual(
      new Set(['wage', 'stipend']),
    );
    const people = await h.models.Person.find({
      _id: { $in: programme?.participants.map((p) => p.person) },
    }).lean();
    expect(people).toHaveLength(14);
    expect(people.every((p) => p.organisation.equals(parks._id))).toBe(true);
  });

  it('gives Harbour Home Care four services to book by text, with clients who speak each language', async () => {
    const harbour = await h.models.Organisation.findOne({ name: 'Harbour Home Care' })
      .orFail()
      .lean();
    const services = await h.models.Service.find().sort({ key: 1 }).lean();
    expect(services).toHaveLength(seed.services.length);
    expect(services.map((s) => [s.key, s.defaultMinutes, s.active])).toEqual([
      ['groceries', 120, true],
      ['meal', 90, true],
      ['medical', 150, true],
      ['visit', 60, true],
    ]);
    expect(services.every((s) => s.organisation.equals(harbour._id))).toBe(true);
    const catalogue = await loadCatalogue(h.models, harbour._id);
    expect(catalogue.find((s) => s.id === 'groceries')).toEqual({
      id: 'groceries',
      names: {
        en: ['groceries', 'shopping', 'grocery shopping'],
        es: ['compras', 'mandado', 'supermercado'],
        fr: ['courses', 'faire les courses'],
      },
      defaultMinutes: 120,
      hours: [{ weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '19:00' }],
    });
    expect(catalogue.find((s) => s.id === 'medical')?.hours).toEqual([
      { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '17:00' },
    ]);
    const clients = await h.models.Person.find({
      organisation: harbour._id,
      'roles.role': 'client',
    }).lean();
    expect(clients.every((c) => c.phone)).toBe(true);
    expect(new Set(clients.map((c) => c.language))).toEqual(new Set(['en', 'es', 'fr']));
  });

  it("answers an admin key per organisation that works as that organisation's key", async () => {
    if (result.status !== 'loaded') throw new Error('the seed did not load');
    expect(result.keys).toHaveLength(3);
    for (const { organisationId, key } of result.keys) {
      expect(await callerForKey(h.models, key)).toMatchObject({ organisationId, role: 'admin' });
    }
  });

  it("answers the operator's key, made in the first organisation", async () => {
    if (result.status !== 'loaded') throw new Error('the seed did not load');
    const { organisationId, organisationName, key } = result.operatorKey;
    expect(organisationName).toBe('Riverside Outreach');
    expect(await callerForKey(h.models, key)).toMatchObject({ organisationId, role: 'operator' });
  });

  it('skips a database that already has data', async () => {
    const people = await h.models.Person.countDocuments();
    expect(await loadSeed(h.shiftline.runtime)).toEqual({ status: 'skipped' });
    expect(await h.models.Person.countDocuments()).toBe(people);
    expect(await h.models.Organisation.countDocuments()).toBe(3);
  });
});

describe('the demo seed at any hour', () => {
  // 2am and 2pm, and just before midnight, in New York (EST, UTC-5), where the demo's
  // organisations are.
  it.each([
    ['2am', '2026-11-23T07:00:00Z'],
    ['2pm', '2026-11-23T19:00:00Z'],
    ['11:30pm', '2026-11-24T04:30:00Z'],
  ])(
    "puts every shift in its organisation's daytime, outside quiet hours, when loaded at %s",
    async (_hour, at) => {
      const h = await startHarness({ clock: new SteppingClock(new Date(at)) });
      try {
        expect((await loadSeed(h.shiftline.runtime)).status).toBe('loaded');
        const organisations = await h.models.Organisation.find().lean();
        const shifts = await h.models.Shift.find().lean();
        expect(shifts).toHaveLength(demoSeed().shifts.length);
        const outside: string[] = [];
        for (const shift of shifts) {
          const org = organisations.find((o) => o._id.equals(shift.organisation))!;
          const quiet = org.quietHours!;
          const lastMinute = addMinutes(shift.end, -1);
          const startDay = wallTime(shift.start, org.timeZone).day;
          if (
            shift.start <= new Date(at) ||
            quietPeriodAt(shift.start, quiet, org.timeZone) ||
            quietPeriodAt(lastMinute, quiet, org.timeZone) ||
            wallTime(lastMinute, org.timeZone).day !== startDay
          ) {
            outside.push(`${shift.place}: ${shift.start.toISOString()}-${shift.end.toISOString()}`);
          }
        }
        expect(outside).toEqual([]);
      } finally {
        await h.stop();
      }
    },
    120_000,
  );

  it('texts no offer while it is night in New York: they wait for 8am there', async () => {
    const h = await startHarness({ clock: new SteppingClock(new Date('2026-11-23T07:00:00Z')) });
    try {
      await loadSeed(h.shiftline.runtime);
      const offers = await h.models.Offer.find().lean();
      expect(offers.length).toBeGreaterThan(0);
      expect(new Set(offers.map((o) => o.sendAt?.toISOString()))).toEqual(
        new Set(['2026-11-23T13:00:00.000Z']),
      );
      expect(await h.models.OutboundMessage.countDocuments({ key: 'offer.new' })).toBe(0);
    } finally {
      await h.stop();
    }
  }, 120_000);
});
