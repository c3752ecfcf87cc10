import { SteppingClock } from '../../../src/engine/clock';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

type Organisation = ApiWorld['riverside'];
type Seeded = { name: string; phone: string; id: string };

/**
 * A region on Wed 2 Dec 2026: Riverside funds "Winter work", City Parks "Park crews", and
 * Harbour Care (not on the dashboard) has work too. The three whole weeks before this one:
 * week 1 (Mon 9 Nov) 7 people on each programme; week 2 (16 Nov) 7 on Winter work, 3 on Park
 * crews; week 3 (23 Nov) 3 on Winter work only. Harbour: 7 people in week 1.
 */
async function seedRegion(w: ApiWorld) {
  const m = w.h.models;
  const people: Seeded[] = [];
  const ids: string[] = [];
  const programme = async (organisation: Organisation, name: string, slug: string) =>
    m.Programme.create({
      organisation: organisation._id,
      name,
      slug,
      budgetCents: 10_000_000,
      hourlyRateCents: slug === 'winter-work' ? 2_000 : 1_500,
      minutesPerParticipant: 6_000,
      participants: [],
      supervisors: [],
      createdAt: new Date('2026-11-01T12:00:00Z'),
    });
  const winter = await programme(w.riverside, 'Winter work', 'winter-work');
  const parks = await programme(w.parks, 'Park crews', 'park-crews');
  const harbour = await programme(w.harbour, 'Harbour help', 'harbour-help');
  let n = 0;
  /** `count` people work `hours` each on a shift of the programme on the Wednesday of a week. */
  const work = async (
    organisation: Organisation,
    funder: typeof winter,
    wednesday: string,
    count: number,
    hours: number,
  ) => {
    const supervisor = await seedPerson(m, organisation, { name: `Supervisor Quill${++n}` });
    const start = new Date(`${wednesday}T14:00:00Z`);
    const end = new Date(start.getTime() + hours * 3_600_000);
    const shift = await m.Shift.create({
      organisation: organisation._id,
      supervisor: supervisor._id,
      place: 'Riverside Park',
      start,
      end,
      places: count,
      state: 'completed',
      programme: funder._id,
      createdAt: new Date('2026-11-01T12:00:00Z'),
    });
    ids.push(shift.id as string, supervisor.id as string);
    people.push({ name: supervisor.name, phone: supervisor.phone!, id: supervisor.id as string });
    for (let seat = 1; seat <= count; seat++) {
      const worker = await seedPerson(m, organisation, { name: `Worker Zephyrine${++n}` });
      people.push({ name: worker.name, phone: worker.phone!, id: worker.id as string });
      const place = await m.Assignment.create({
        shift: shift._id,
        seat,
        person: worker._id,
        supervisor: supervisor._id,
        createdAt: start,
      });
      const record = await m.WorkRecord.create({
        dedupeKey: `region-${n}`,
        kind: 'hours_confirmed',
        person: worker._id,
        shift: shift._id,
        assignment: place._id,
        minutes: hours * 60,
        at: new Date(end.getTime() + 3_600_000),
      });
      ids.push(place.id as string, record.id as string);
    }
  };
  await work(w.riverside, winter, '2026-11-11', 7, 4);
  await work(w.parks, parks, '2026-11-11', 7, 2);
  await work(w.harbour, harbour, '2026-11-11', 7, 8);
  await work(w.riverside, winter, '2026-11-18', 7, 4);
  await work(w.parks, parks, '2026-11-18', 3, 2);
  await work(w.riverside, winter, '2026-11-25', 3, 4);
  return { people, ids, winter, parks };
}

const shown = (value: number) => ({ value, suppressed: false });
const FEWER = { value: null, suppressed: 'fewer_than_5' };
const WITHHELD = { value: null, suppressed: 'withheld' };

describe("the region's public dashboard", () => {
  let w: ApiWorld;
  let seeded: Awaited<ReturnType<typeof seedRegion>>;
  const get = (path: string) => fetch(`${w.base}${path}`);
  const every = () =>
    Promise.all(
      ['/public/region', '/public/region.json', '/public/region.csv'].map(async (path) =>
        (await get(path)).text(),
      ),
    );
  const settings = () => ({
    figures: ['hoursWorked', 'peopleWorked', 'programmes', 'placesFilled', 'moneySpent'],
    organisationIds: [w.riverside.id, w.parks.id],
    programmeIds: [seeded.winter.id, seeded.parks.id],
    weeks: 3,
  });

  beforeAll(async () => {
    w = await startApiWorld({ clock: new SteppingClock(new Date('2026-12-02T15:00:00Z')) });
    seeded = await seedRegion(w);
    const res = await w.as(w.keys.operator)('put', '/region/dashboard', settings());
    expect(res.status).toBe(200);
  });
  afterAll(() => w.stop());

  it('shows each whole week of the organisations chosen, withholding what fewer than 5 people did', async () => {
    const res = await get('/public/region.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const sources = [
      { name: 'Winter work', slug: 'winter-work' },
      { name: 'Park crews', slug: 'park-crews' },
    ];
    const money = (winter: object, parks: object, total: object) => ({
      bySource: [
        { ...sources[0], ...winter },
        { ...sources[1], ...parks },
      ],
      total,
    });
    expect(await res.json()).toEqual({
      timeZone: 'America/New_York',
      organisations: ['Riverside Outreach', 'City Parks'],
      fundingSources: sources,
      figures: settings().figures,
      weeks: [
        {
          weekStarting: '2026-11-09',
          weekEnding: '2026-11-15',
          // Harbour's 7 people and 56 hours are not the region's.
          hoursWorked: shown(42),
          peopleWorked: shown(14),
          programmes: shown(2),
          placesFilled: shown(14),
          moneySpentCents: money(shown(56_000), shown(21_000), shown(77_000)),
        },
        {
          weekStarting: '2026-11-16',
          weekEnding: '2026-11-22',
          hoursWorked: shown(34),
          peopleWorked: shown(10),
          programmes: shown(2),
          placesFilled: shown(10),
          // Park crews' 3 people: fewer than 5; Winter work and the total would give it away.
          moneySpentCents: money(WITHHELD, FEWER, WITHHELD),
        },
        {
          weekStarting: '2026-11-23',
          weekEnding: '2026-11-29',
          hoursWorked: FEWER,
          peopleWorked: FEWER,
          programmes: FEWER,
          placesFilled: FEWER,
          moneySpentCents: money(FEWER, shown(0), FEWER),
        },
      ],
    });
  });

  it('shows the same as a page and as CSV, "fewer than 5" and "withheld" in words', async () => {
    const [html, json, csv] = await every();
    expect(html).toContain(
      '<tr><td>2026-11-16 to 2026-11-22</td><td>34</td><td>10</td><td>2</td><td>10</td>' +
        '<td>withheld</td><td>fewer than 5</td><td>withheld</td></tr>',
    );
    expect(JSON.parse(json!).weeks).toHaveLength(3);
    expect(csv!.split('\r\n')).toEqual([
      'week_starting,week_ending,hours_worked,people_worked,programmes,places_filled,' +
        'spent_cents_winter-work,spent_cents_park-crews,spent_cents_total',
      '2026-11-09,2026-11-15,42,14,2,14,56000,21000,77000',
      '2026-11-16,2026-11-22,34,10,2,10,withheld,fewer than 5,withheld',
      '2026-11-23,2026-11-29,fewer than 5,fewer than 5,fewer than 5,fewer than 5,fewer than 5,0,fewer than 5',
      '',
    ]);
  });

  it('never shows a name, phone number or id of a person, nor any count of people from 1 to 4', async () => {
    const bodies = await every();
    for (const person of seeded.people) {
      const secrets = [person.name, ...person.name.split(' '), person.phone.slice(2), person.id];
      for (const body of bodies)
        for (const secret of secrets)
          expect({ secret, found: body.includes(secret) }).toEqual({ secret, found: false });
    }
    for (const id of seeded.ids)
      for (const body of bodies)
        expect({ id, found: body.includes(id) }).toEqual({ id, found: false });
    const region = JSON.parse(bodies[1]!);
    for (const week of region.weeks)
      for (const count of [week.peopleWorked.value, week.placesFilled.value])
        expect({ week: week.weekStarting, small: count > 0 && count < 5 }).toEqual({
          week: week.weekStarting,
          small: false,
        });
  });

  it('never leaves a withheld amount to be worked out from a total less the amounts shown', async () => {
    const region = JSON.parse((await every())[1]!);
    for (const week of region.weeks) {
      const { bySource, total } = week.moneySpentCents;
      const hidden = bySource.filter((s: { value: number | null }) => s.value === null);
      if (hidden.length === 0) continue;
      expect({ week: week.weekStarting, total: total.value }).toEqual({
        week: week.weekStarting,
        total: null,
      });
      // Beside anyone's work, never one amount withheld alone: the total may be known elsewhere.
      const others = bySource.filter(
        (s: { value: number | null }) => s.value !== null && s.value > 0,
      );
      expect({ week: week.weekStarting, alone: hidden.length === 1 && others.length > 0 }).toEqual({
        week: week.weekStarting,
        alone: false,
      });
    }
  });

  it('shows what the operator chooses: other figures, organisations, programmes and weeks', async () => {
    const operator = w.as(w.keys.operator);
    const set = await operator('put', '/region/dashboard', {
      figures: ['peopleWorked', 'hoursWorked'],
      organisationIds: [w.riverside.id],
      programmeIds: [],
      weeks: 2,
      timeZone: 'Europe/Paris',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ figures: ['peopleWorked', 'hoursWorked'], weeks: 2 });
    const region = await (await get('/public/region.json')).json();
    expect(region).toEqual({
      timeZone: 'Europe/Paris',
      organisations: ['Riverside Outreach'],
      fundingSources: [],
      figures: ['peopleWorked', 'hoursWorked'],
      weeks: [
        {
          weekStarting: '2026-11-16',
          weekEnding: '2026-11-22',
          peopleWorked: shown(7),
          hoursWorked: shown(28),
        },
        {
          weekStarting: '2026-11-23',
          weekEnding: '2026-11-29',
          peopleWorked: FEWER,
          hoursWorked: FEWER,
        },
      ],
    });
    const csv = await (await get('/public/region.csv')).text();
    expect(csv.split('\r\n')[0]).toBe('week_starting,week_ending,people_worked,hours_worked');
    const html = await (await get('/public/region')).text();
    expect(html).not.toContain('Spent');
    await operator('put', '/region/dashboard', settings());
  });

  it('gives the operator every organisation by name with its programmes to choose from', async () => {
    const res = await w.as(w.keys.operator)('get', '/region/organisations');
    expect(res.status).toBe(200);
    const organisations = res.body.organisations as { id: string; name: string }[];
    expect(organisations.map((o) => o.name)).toEqual(organisations.map((o) => o.name).sort());
    expect(organisations).toEqual(
      expect.arrayContaining([
        {
          id: w.riverside.id,
          name: expect.any(String),
          programmes: [{ id: seeded.winter.id, name: 'Winter work' }],
        },
        {
          id: w.parks.id,
          name: expect.any(String),
          programmes: [{ id: seeded.parks.id, name: 'Park crews' }],
        },
      ]),
    );
    expect((await w.as(w.keys.riverside.admin)('get', '/region/organisations')).status).toBe(403);
  });

  it('is set by the operator only: an organisation’s admin is refused, names are checked', async () => {
    for (const key of [w.keys.riverside.admin, w.keys.harbour.admin]) {
      expect((await w.as(key)('get', '/region/dashboard')).status).toBe(403);
      expect((await w.as(key)('put', '/region/dashboard', settings())).status).toBe(403);
    }
    const operator = w.as(w.keys.operator);
    const unknown = await operator('put', '/region/dashboard', {
      ...settings(),
      organisationIds: [w.riverside.id, w.parks.id, '0123456789abcdef01234567'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([
      { path: 'organisationIds.2', message: 'unknown organisation' },
    ]);
    const outside = await operator('put', '/region/dashboard', {
      ...settings(),
      organisationIds: [w.riverside.id],
    });
    expect(outside.body.details).toEqual([
      { path: 'programmeIds.1', message: 'not a programme of an organisation included' },
    ]);
    expect((await operator('get', '/region/dashboard')).body).toMatchObject({
      ...settings(),
      timeZone: null,
    });
  });

  it("refuses a programme whose own page counts weeks in another zone than the dashboard's", async () => {
    const operator = w.as(w.keys.operator);
    // Both programmes' organisations are in New York; weeks from Paris's Mondays would overlap
    // theirs by six hours, and the difference of two overlapping weeks is six hours' spending.
    const paris = await operator('put', '/region/dashboard', {
      ...settings(),
      timeZone: 'Europe/Paris',
    });
    expect(paris.status).toBe(400);
    expect(paris.body.details).toEqual(
      ['programmeIds.0', 'programmeIds.1'].map((path) => ({
        path,
        message:
          'its public page counts weeks in America/New_York, the dashboard in Europe/Paris: the two could be subtracted',
      })),
    );
    const withoutProgrammes = await operator('put', '/region/dashboard', {
      ...settings(),
      figures: ['hoursWorked'],
      programmeIds: [],
      timeZone: 'Europe/Paris',
    });
    expect(withoutProgrammes.status).toBe(200);
    await operator('put', '/region/dashboard', settings());
  });
});
