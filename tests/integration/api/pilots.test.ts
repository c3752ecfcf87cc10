import type { Types } from 'mongoose';
import { SteppingClock } from '../../../src/engine/clock';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

/** Noon on Saturday 6 June 2026 in New York (EDT, UTC-4). */
const NOW = new Date('2026-06-06T16:00:00Z');
const utc = (text: string) => new Date(`2026-06-${text}Z`);

describe('pilots: a cohort with a badge, measured day by day', () => {
  let w: ApiWorld;
  let seq = 0;
  let supervisor: Types.ObjectId;
  const people: Record<string, string> = {};

  const coordinator = () => w.as(w.keys.riverside.coordinator);
  const reader = () => w.as(w.keys.riverside.read_only);

  async function shift(
    start: string,
    fields: { place?: string; area?: string; places?: number; requiredSkills?: string[] } = {},
    state: 'open' | 'filled' | 'cancelled' = 'open',
  ) {
    const begins = utc(start);
    return w.h.models.Shift.create({
      organisation: w.riverside._id,
      supervisor,
      place: fields.place ?? 'Riverside clinic',
      ...(fields.area && { area: fields.area }),
      start: begins,
      end: new Date(begins.getTime() + 4 * 3_600_000),
      places: fields.places ?? 1,
      requiredSkills: fields.requiredSkills ?? [],
      state,
      createdAt: utc('01T12:00:00'),
    });
  }

  async function held(s: { _id: Types.ObjectId }, person: string, seat = 1, minutes?: number) {
    await w.h.models.Assignment.create({
      shift: s._id,
      seat,
      person,
      supervisor,
      createdAt: utc('01T12:00:00'),
    });
    if (minutes !== undefined)
      await w.h.models.WorkRecord.create({
        dedupeKey: `pilot-hours-${(seq += 1)}`,
        kind: 'hours_confirmed',
        person,
        shift: s._id,
        minutes,
        at: utc('06T12:00:00'),
      });
  }

  beforeAll(async () => {
    w = await startApiWorld({ clock: new SteppingClock(NOW) });
    supervisor = (
      await seedPerson(w.h.models, w.riverside, {
        name: 'Sol Supervisor',
        roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
      })
    )._id;
    for (const name of ['Ana', 'Ben', 'Cai', 'Zoe'])
      people[name] = (await seedPerson(w.h.models, w.riverside, { name: `${name} Pilot` })).id;
    // Dee's badge was set on her record (as the demo seed does), never granted through the API;
    // Hugo holds it at another organisation.
    people.Dee = (
      await seedPerson(w.h.models, w.riverside, {
        name: 'Dee Pilot',
        badges: ['social_prescriber'],
      })
    ).id;
    people.Hugo = (
      await seedPerson(w.h.models, w.harbour, {
        name: 'Hugo Harbour',
        badges: ['social_prescriber'],
      })
    ).id;
    const grant = (person: string) =>
      coordinator()('post', `/people/${person}/badges`, {
        badge: 'social_prescriber',
        reason: 'Passed the course',
      });
    for (const name of ['Ana', 'Ben', 'Cai']) expect((await grant(people[name]!)).status).toBe(201);
    const withdrawn = await coordinator()(
      'delete',
      `/people/${people.Ben}/badges/social_prescriber`,
      { reason: 'Left the course' },
    );
    expect(withdrawn.status).toBe(200);

    // Thursday 4 June, local: Ana in Eastside (4 h confirmed), Cai at Westside hall (no area,
    // 1.5 h), Zoe (not in the cohort) in Eastside with hours of her own.
    await held(await shift('04T13:00:00', { area: 'Eastside' }), people.Ana!, 1, 240);
    await held(await shift('04T14:00:00', { place: 'Westside hall' }), people.Cai!, 1, 90);
    await held(await shift('04T15:00:00', { area: 'Eastside' }), people.Zoe!, 1, 300);
    // Friday 5 June: Ana in Eastside, not yet confirmed; two forklift places nobody took, one
    // of three home-care places taken; a cancelled forklift shift is no demand.
    await held(await shift('05T13:00:00', { area: 'Eastside' }), people.Ana!);
    await shift('05T14:00:00', { places: 2, requiredSkills: ['forklift'] });
    await held(
      await shift('05T15:00:00', { places: 3, requiredSkills: ['home_care'] }),
      people.Zoe!,
    );
    await shift('05T16:00:00', { places: 4, requiredSkills: ['forklift'] }, 'cancelled');
    // Saturday 6 June: an area a spreadsheet would run as a formula.
    await held(await shift('06T13:00:00', { area: '=HYPERLINK("x")' }), people.Cai!);
  });
  afterAll(() => w.stop());

  const create = (body: object, key = w.keys.riverside.coordinator) =>
    w.as(key)('post', '/pilots', body);

  it("makes the cohort the organisation's people who hold the badge now, however it was given, when none is given", async () => {
    const res = await create({
      name: 'Social prescribing',
      badge: 'social_prescriber',
      from: '2026-06-01',
      to: '2026-08-31',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'Social prescribing',
      badge: 'social_prescriber',
      from: '2026-06-01',
      to: '2026-08-31',
      cohort: expect.arrayContaining([people.Ana, people.Cai, people.Dee]),
      createdBy: { keyId: expect.any(String), name: 'coordinator' },
      createdAt: NOW.toISOString(),
    });
    expect(res.body.cohort).toHaveLength(3);
    expect((await reader()('get', `/pilots/${res.body.id}`)).body).toEqual(res.body);
  });

  it("refuses a cohort naming someone who is not the organisation's, with the reason, and creates nothing", async () => {
    const before = await w.h.models.Pilot.countDocuments();
    const res = await create({
      name: 'Mixed',
      badge: 'social_prescriber',
      from: '2026-06-01',
      to: '2026-06-30',
      cohort: [people.Ana, people.Hugo],
    });
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([
      { path: 'cohort.1', message: "not one of your people or your providers' workers" },
    ]);
    expect(await w.h.models.Pilot.countDocuments()).toBe(before);
  });

  it("lets a client trial its provider's workers it may see", async () => {
    const res = await create(
      {
        name: 'Parks pilot',
        badge: 'ranger',
        from: '2026-06-01',
        to: '2026-06-30',
        cohort: [people.Ana],
      },
      w.keys.parks.coordinator,
    );
    expect(res.status).toBe(201);
    expect(res.body.cohort).toEqual([people.Ana]);
  });

  it('refuses a last day before the first', async () => {
    const res = await create({ name: 'Back', badge: 'b', from: '2026-06-10', to: '2026-06-09' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ path: 'to', message: 'must not be before from' }]);
  });

  it("lists the organisation's pilots newest first, a page at a time, and no one else's", async () => {
    for (const name of ['First', 'Second'])
      await create({ name, badge: 'b', from: '2026-06-01', to: '2026-06-02', cohort: [] });
    const first = await reader()('get', '/pilots?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.hasMore).toBe(true);
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { name: string }[]; nextCursor: string | null } } =
        await reader()('get', `/pilots?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...page.body.items.map((p) => p.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names.slice(0, 2)).toEqual(['Second', 'First']);
    expect(names).not.toContain('Parks pilot');
  });

  it('changes the name, the last day and the cohort, and keeps each change in the audit events', async () => {
    const made = await create({
      name: 'To change',
      badge: 'social_prescriber',
      from: '2026-06-01',
      to: '2026-06-30',
      cohort: [people.Ana, people.Cai],
    });
    const path = `/pilots/${made.body.id}`;
    const res = await coordinator()('patch', path, {
      name: 'Changed',
      to: '2026-07-31',
      addCohort: [people.Ben, people.Ana],
      removeCohort: [people.Cai],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Changed',
      to: '2026-07-31',
      cohort: [people.Ana, people.Ben],
    });
    const events = await w.h.models.AuditEvent.find({
      organisation: w.riverside._id,
      action: 'pilot.changed',
    }).lean();
    expect(events.map((e) => e.data)).toEqual([
      {
        pilot: made.body.id,
        key: expect.any(String),
        name: 'Changed',
        to: '2026-07-31',
        added: [people.Ben],
        removed: [people.Cai],
      },
    ]);
    const again = await coordinator()('patch', path, { addCohort: [people.Ben] });
    expect(again.body).toEqual(res.body);
    expect(await w.h.models.AuditEvent.countDocuments({ action: 'pilot.changed' })).toBe(1);
    const early = await coordinator()('patch', path, { to: '2026-05-31' });
    expect(early.status).toBe(400);
    const foreign = await coordinator()('patch', path, { addCohort: [people.Hugo] });
    expect(foreign.status).toBe(422);
    expect((await w.as(w.keys.harbour.admin)('patch', path, { name: 'Mine' })).status).toBe(404);
  });

  async function socialPrescribing() {
    const made = await create({
      name: 'Daily',
      badge: 'social_prescriber',
      from: '2026-06-04',
      to: '2026-06-06',
      cohort: [people.Ana, people.Cai],
    });
    return made.body.id as string;
  }

  it("answers each local day's bookings, hours and areas of the cohort beside unmet demand for other skills", async () => {
    const id = await socialPrescribing();
    const res = await reader()('get', `/pilots/${id}/daily?from=2026-06-04&to=2026-06-05`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      pilotId: id,
      badge: 'social_prescriber',
      from: '2026-06-04',
      to: '2026-06-05',
      timeZone: 'America/New_York',
    });
    expect(res.body.days).toEqual([
      {
        date: '2026-06-04',
        bookings: 2,
        hoursConfirmed: 5.5,
        areas: [
          { area: 'Eastside', bookings: 1, hoursConfirmed: 4 },
          { area: 'Westside hall', bookings: 1, hoursConfirmed: 1.5 },
        ],
        otherSkills: [],
      },
      {
        date: '2026-06-05',
        bookings: 1,
        hoursConfirmed: 0,
        areas: [{ area: 'Eastside', bookings: 1, hoursConfirmed: 0 }],
        otherSkills: [
          { skill: 'forklift', places: 2, filled: 0, unfilled: 2 },
          { skill: 'home_care', places: 3, filled: 1, unfilled: 2 },
        ],
      },
    ]);
    expect(res.body.totals).toMatchObject({ bookings: 3, hoursConfirmed: 5.5 });
    // Without dates: the pilot's own days.
    const own = await reader()('get', `/pilots/${id}/daily`);
    expect(own.body.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-06-04',
      '2026-06-05',
      '2026-06-06',
    ]);
  });

  it('refuses more than 92 days', async () => {
    const id = await socialPrescribing();
    const res = await reader()('get', `/pilots/${id}/daily?from=2026-01-01&to=2026-06-05`);
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ path: 'to', message: 'a report covers at most 92 days' }]);
  });

  it('writes the same figures as CSV, a line each, with text a spreadsheet would run kept as text', async () => {
    const id = await socialPrescribing();
    const res = await fetch(`${w.base}/api/v1/pilots/${id}/daily.csv`, {
      headers: { authorization: `Bearer ${w.keys.riverside.read_only}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('date,figure,name,bookings,hours_confirmed,places,filled,unfilled');
    expect(lines).toEqual(
      expect.arrayContaining([
        '2026-06-04,cohort,,2,5.5,,,',
        '2026-06-04,area,Westside hall,1,1.5,,,',
        '2026-06-05,other_skill,forklift,,,2,0,2',
        `2026-06-06,area,"'=HYPERLINK(""x"")",1,0,,,`,
        'total,cohort,,4,5.5,,,',
      ]),
    );
  });

  it("answers another organisation's pilot as unknown, on every route", async () => {
    const id = await socialPrescribing();
    const harbour = w.as(w.keys.harbour.admin);
    for (const path of [`/pilots/${id}`, `/pilots/${id}/daily`, `/pilots/${id}/daily.csv`]) {
      const res = await harbour('get', path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});
