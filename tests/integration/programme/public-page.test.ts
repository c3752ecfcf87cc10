import { SteppingClock } from '../../../src/engine/clock';
import type { PublicProgramme } from '../../../src/http/public/programme-weeks';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

/**
 * A programme with a week of work: Sat 28 Nov 2026, 9am-1pm in New York, 3 places, two taken,
 * Pia's 4 h confirmed on Saturday, Quinn a no-show; Rosa offered but not seated.
 */
async function seedWorkedProgramme(w: ApiWorld) {
  const m = w.h.models;
  const sam = await seedPerson(m, w.riverside, { name: 'Samuel Supervisorname', roles: [] });
  const people = [];
  for (const name of ['Pia Participantova', 'Quinn Quietperson', 'Rosa Reachedonly']) {
    people.push(await seedPerson(m, w.riverside, { name, roles: [] }));
  }
  const [pia, quinn, rosa] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const programme = await m.Programme.create({
    organisation: w.riverside._id,
    name: 'Winter <guaranteed> work',
    slug: 'winter-public',
    budgetCents: 100_000,
    hourlyRateCents: 2_000,
    minutesPerParticipant: 600,
    participants: people.map((p) => ({ person: p._id, payType: 'wage' })),
    supervisors: [sam._id],
    createdAt: new Date('2026-11-23T15:00:00Z'),
  });
  const shift = await m.Shift.create({
    organisation: w.riverside._id,
    supervisor: sam._id,
    place: 'trash pick, Riverside Park',
    start: new Date('2026-11-28T14:00:00Z'),
    end: new Date('2026-11-28T18:00:00Z'),
    places: 3,
    state: 'completed',
    programme: programme._id,
    createdAt: new Date('2026-11-23T15:00:00Z'),
  });
  const offeredAt = new Date('2026-11-23T15:00:00Z');
  await m.Offer.create(
    people.map((p, i) => ({
      shift: shift._id,
      person: p._id,
      code: `P${i}X`,
      rank: i + 1,
      expiresAt: shift.start,
      createdAt: offeredAt,
    })),
  );
  await m.Assignment.create(
    [pia, quinn].map((p, i) => ({
      shift: shift._id,
      seat: i + 1,
      person: p._id,
      supervisor: sam._id,
      code: `A${i}Y`,
      createdAt: offeredAt,
    })),
  );
  await m.WorkRecord.create([
    {
      dedupeKey: 'public-1',
      kind: 'hours_confirmed',
      person: pia._id,
      shift: shift._id,
      minutes: 240,
      at: new Date('2026-11-28T19:00:00Z'),
    },
    {
      dedupeKey: 'public-2',
      kind: 'no_show',
      person: quinn._id,
      shift: shift._id,
      at: new Date('2026-11-28T15:00:00Z'),
    },
  ]);
  return { programme, people: [pia, quinn, rosa, sam] };
}

/**
 * A programme with work in three weeks of November 2026 (Mondays the 2nd, 9th and 16th): on
 * each Saturday a shift, 9am-1pm in New York, every place taken and 4 h confirmed each by 6,
 * then 2, then 5 people. Each person's 4 h cost 80.00.
 */
async function seedThreeWeeks(w: ApiWorld) {
  const m = w.h.models;
  const sam = await seedPerson(m, w.riverside, { name: 'Sasha Supervisorname', roles: [] });
  const weeks = [
    { saturday: '2026-11-07', people: 6 },
    { saturday: '2026-11-14', people: 2 },
    { saturday: '2026-11-21', people: 5 },
  ];
  const people = [];
  for (let i = 0; i < 13; i++)
    people.push(await seedPerson(m, w.riverside, { name: `Worker${i} Publicname`, roles: [] }));
  const programme = await m.Programme.create({
    organisation: w.riverside._id,
    name: 'Autumn work',
    slug: 'autumn-public',
    budgetCents: 500_000,
    hourlyRateCents: 2_000,
    minutesPerParticipant: 600,
    participants: people.map((p) => ({ person: p._id, payType: 'wage' })),
    supervisors: [sam._id],
    createdAt: new Date('2026-11-01T15:00:00Z'),
  });
  let next = 0;
  for (const week of weeks) {
    const crew = people.slice(next, (next += week.people));
    const shift = await m.Shift.create({
      organisation: w.riverside._id,
      supervisor: sam._id,
      place: 'leaf clearing, Riverside Park',
      start: new Date(`${week.saturday}T14:00:00Z`),
      end: new Date(`${week.saturday}T18:00:00Z`),
      places: week.people,
      state: 'completed',
      programme: programme._id,
      createdAt: new Date('2026-11-01T15:00:00Z'),
    });
    await m.Assignment.create(
      crew.map((p, i) => ({
        shift: shift._id,
        seat: i + 1,
        person: p._id,
        supervisor: sam._id,
        createdAt: new Date('2026-11-01T15:00:00Z'),
      })),
    );
    await m.WorkRecord.create(
      crew.map((p) => ({
        dedupeKey: `autumn-${week.saturday}-${p.id as string}`,
        kind: 'hours_confirmed' as const,
        person: p._id,
        shift: shift._id,
        minutes: 240,
        at: new Date(`${week.saturday}T19:00:00Z`),
      })),
    );
  }
}

describe("a programme's public page", () => {
  let w: ApiWorld;
  let seeded: Awaited<ReturnType<typeof seedWorkedProgramme>>;
  beforeAll(async () => {
    w = await startApiWorld();
    seeded = await seedWorkedProgramme(w);
    await seedThreeWeeks(w);
  });
  afterAll(() => w.stop());

  const get = (path: string) => fetch(`${w.base}${path}`);

  const fewerThan5 = { value: null, suppressed: 'fewer_than_5' };

  it('shows weekly totals as JSON without a login', async () => {
    const res = await get('/public/programmes/winter-public.json');
    expect(res.status).toBe(200);
    // Every figure of the week is from 1 or 2 people: withheld, as on the region's dashboard.
    expect(await res.json()).toEqual({
      name: 'Winter <guaranteed> work',
      budgetCents: 100_000,
      spentCents: fewerThan5,
      weeks: [
        // Offers went out in the week of Mon 23 Nov; the work was done that same week.
        {
          weekStarting: '2026-11-23',
          hoursWorked: fewerThan5,
          peopleWorked: fewerThan5,
          slotsFilled: fewerThan5,
          budgetSpentCents: fewerThan5,
        },
      ],
    });
  });

  it('shows the same totals as an HTML page, with the name escaped', async () => {
    const res = await get('/public/programmes/winter-public');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<h1>Winter &lt;guaranteed&gt; work</h1>');
    expect(html).toContain('<p>Budget: 1000.00. Spent to the end of last week: fewer than 5.</p>');
    expect(html).toContain(`<tr><td>2026-11-23</td>${'<td>fewer than 5</td>'.repeat(4)}</tr>`);
  });

  it('never shows a name, phone number or id of any participant or supervisor, in either', async () => {
    const bodies = await Promise.all(
      ['/public/programmes/winter-public', '/public/programmes/winter-public.json'].map(
        async (path) => (await get(path)).text(),
      ),
    );
    for (const person of seeded.people) {
      const secrets = [
        person.name,
        ...person.name.split(' '),
        person.phone!,
        person.phone!.slice(2),
        person.id as string,
      ];
      for (const body of bodies) {
        for (const secret of secrets)
          expect({ secret, found: body.includes(secret) }).toEqual({ secret, found: false });
      }
    }
  });

  it('shows no count of 1 to 4 people, and no withheld figure can be worked out by subtraction', async () => {
    const shown = (value: number) => ({ value, suppressed: false });
    const withheld = { value: null, suppressed: 'withheld' };
    const json = await (await get('/public/programmes/autumn-public.json')).json();
    expect(json).toEqual({
      name: 'Autumn work',
      budgetCents: 500_000,
      // The weeks' spending adds up to it, and one of them is from 2 people.
      spentCents: withheld,
      weeks: [
        {
          weekStarting: '2026-11-02',
          hoursWorked: shown(24),
          peopleWorked: shown(6),
          slotsFilled: shown(6),
          budgetSpentCents: shown(48_000),
        },
        {
          weekStarting: '2026-11-09',
          hoursWorked: fewerThan5,
          peopleWorked: fewerThan5,
          slotsFilled: fewerThan5,
          budgetSpentCents: fewerThan5,
        },
        {
          weekStarting: '2026-11-16',
          hoursWorked: shown(20),
          peopleWorked: shown(5),
          slotsFilled: shown(5),
          // The week from the fewest people after the withheld one, so the shown spending
          // less the shown weeks is not the withheld week even to one who knows the total.
          budgetSpentCents: withheld,
        },
      ],
    });
    const spending = (json as PublicProgramme).weeks.map((week) => week.budgetSpentCents);
    const hidden = spending.filter((cell) => cell.value === null).length;
    expect({ total: (json as PublicProgramme).spentCents.value, hidden }).toEqual({
      total: null,
      hidden: 2,
    });

    const html = await (await get('/public/programmes/autumn-public')).text();
    expect(html).toContain('<p>Budget: 5000.00. Spent to the end of last week: withheld.</p>');
    expect(html).toContain(
      '<tr><td>2026-11-09</td><td>fewer than 5</td><td>fewer than 5</td><td>fewer than 5</td><td>fewer than 5</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>2026-11-16</td><td>20</td><td>5</td><td>5</td><td>withheld</td></tr>',
    );
    // Neither the small week's figures (2 people, 8 h, 160.00) nor the total (1040.00) appear.
    for (const body of [html, JSON.stringify(json)])
      for (const secret of ['<td>2</td>', '<td>8</td>', '160.00', '16000', '1040.00', '104000'])
        expect({ secret, found: body.includes(secret) }).toEqual({ secret, found: false });
    expect(html).not.toMatch(/<td>[1-4]<\/td>/);
  });

  it('answers 404 for a slug no programme has', async () => {
    expect((await get('/public/programmes/nothing-here.json')).status).toBe(404);
    expect((await get('/public/programmes/nothing-here')).status).toBe(404);
  });
});

describe("a programme's public page while a week is still running", () => {
  let w: ApiWorld;
  beforeAll(async () => {
    // Saturday 21 Nov 2026, 3pm in New York: the third week's work is done, its week is not.
    w = await startApiWorld({ clock: new SteppingClock(new Date('2026-11-21T20:00:00Z')) });
    await seedThreeWeeks(w);
  });
  afterAll(() => w.stop());

  it('shows finished weeks only, and spending to the end of last week', async () => {
    const withheld = { value: null, suppressed: 'withheld' };
    const res = await fetch(`${w.base}/public/programmes/autumn-public.json`);
    const json = (await res.json()) as PublicProgramme;
    expect(json.weeks.map((week) => week.weekStarting)).toEqual(['2026-11-02', '2026-11-09']);
    // Without the running week, the total is the first week's 48,000 plus the second's: both
    // withheld beside the second week's 2 people.
    expect({ spent: json.spentCents, first: json.weeks[0]!.budgetSpentCents }).toEqual({
      spent: withheld,
      first: withheld,
    });
  });
});

describe('the programme report API', () => {
  let w: ApiWorld;
  let programmeId: string;
  beforeAll(async () => {
    w = await startApiWorld();
    programmeId = (await seedWorkedProgramme(w)).programme._id.toString();
  });
  afterAll(() => w.stop());

  it('reports per day: offered, taken, confirmed, no-shows, budget spent and people reached', async () => {
    const res = await w.as(w.keys.riverside.read_only)('get', `/programmes/${programmeId}/report`);
    expect(res.status).toBe(200);
    const zero = {
      hoursOffered: 0,
      hoursTaken: 0,
      hoursConfirmed: 0,
      noShows: 0,
      budgetSpentCents: 0,
      peopleReached: 0,
    };
    expect(res.body).toEqual({
      timeZone: 'America/New_York',
      days: [
        { ...zero, date: '2026-11-23', peopleReached: 3 },
        {
          ...zero,
          date: '2026-11-28',
          hoursOffered: 12,
          hoursTaken: 8,
          hoursConfirmed: 4,
          noShows: 1,
          budgetSpentCents: 8_000,
        },
      ],
    });
  });

  it("answers 404 for another organisation's programme report", async () => {
    const res = await w.as(w.keys.harbour.admin)('get', `/programmes/${programmeId}/report`);
    expect(res.status).toBe(404);
  });
});
