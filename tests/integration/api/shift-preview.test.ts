import { startApiWorld, type ApiWorld, type Call } from '../../support/api';
import { seedPerson } from '../../support/seed';

const HOUR = 3_600_000;

/** A fixed-offset zone where the local hour is now `hour`, so quiet hours do not hang on when the test runs. */
function zoneWhereItIs(hour: number): string {
  const offset = ((hour - new Date().getUTCHours() + 36) % 24) - 12;
  return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

interface Row {
  person: { id: string; name: string };
  reasons: string[];
}
const names = (rows: Row[]) => rows.map((r) => r.person.name);

/**
 * Parks previews a shift needing first aid. Its own workers, and Riverside's (a partnership in
 * force, at 25.00 an hour) may serve it; Harbour's may not (its partnership is only proposed).
 */
describe('previewing a shift before posting it', () => {
  let w: ApiWorld;
  let parks: Call;
  let body: Record<string, unknown>;
  let cleoId: string;
  let patId: string;
  let piaId: string;

  beforeAll(async () => {
    w = await startApiWorld();
    const m = w.h.models;
    parks = w.as(w.keys.parks.coordinator);
    const day = zoneWhereItIs(12);
    const worker = (organisation: { _id: unknown }, name: string, extra: object = {}) =>
      seedPerson(m, organisation, { name, skills: ['first_aid'], timeZone: day, ...extra });
    // Parks offers to everyone eligible at once, so the offers made show the whole order.
    await m.Organisation.updateOne(
      { _id: w.parks._id },
      {
        $set: {
          offerStrategy: { kind: 'broadcast' },
          chargeCentsPerHour: 1800,
          timeZone: 'America/New_York',
        },
      },
    );
    await m.Partnership.create({
      provider: w.harbour._id,
      client: w.parks._id,
      chargeCentsPerHour: 900,
      pending: true,
    });
    const parksRole = (role: string) => ({ roles: [{ organisation: w.parks._id, role }] });
    const pia = await seedPerson(m, w.parks, { name: 'Pia', ...parksRole('supervisor') });
    const cleo = await seedPerson(m, w.parks, {
      name: 'Cleo',
      ...parksRole('client'),
      preferredOrganisations: [w.riverside._id],
    });
    patId = (await worker(w.parks, 'Pat', { employmentType: 'full_time' })).id;
    await worker(w.parks, 'Oona', { employmentType: 'on_call' });
    await worker(w.parks, 'Nell', { employmentType: 'part_time', timeZone: zoneWhereItIs(2) });
    await worker(w.parks, 'Sid', { employmentType: 'full_time', skills: [] });
    await worker(w.parks, 'Una', { employmentType: 'full_time', availability: [] });
    await worker(w.riverside, 'Rita', { employmentType: 'full_time' });
    await worker(w.riverside, 'Olly', { employmentType: 'full_time', optedOut: true });
    await worker(w.harbour, 'Hugo', { employmentType: 'full_time' });
    await m.Service.create({
      organisation: w.parks._id,
      key: 'first-aid-visit',
      names: { en: ['first aid visit'], es: [], fr: [] },
      defaultMinutes: 90,
      requiredSkills: ['first_aid'],
      createdAt: new Date(),
    });
    cleoId = cleo.id;
    piaId = pia.id;
    const start = Date.now() + 30 * HOUR;
    body = {
      place: 'Riverside Park, north gate',
      start: new Date(start).toISOString(),
      end: new Date(start + 4 * HOUR).toISOString(),
      places: 2,
      supervisorId: pia.id,
      clientId: cleo.id,
      requiredSkills: ['first_aid'],
    };
  });
  afterAll(() => w.stop());

  it('ranks the eligible with their reasons, says why the others are out, and prices each under its partnership', async () => {
    const res = await parks('post', '/shifts/preview', body);

    expect(res.status).toBe(200);
    // Full-time first, the client's preferred organisation first among them, then part-time, on-call.
    expect(names(res.body.candidates)).toEqual(['Rita', 'Pat', 'Nell', 'Oona']);
    const [rita, pat, nell, oona] = res.body.candidates;
    expect(rita).toMatchObject({
      rank: 1,
      reasons: expect.arrayContaining(['full-time', "client's preferred organisation"]),
      organisation: { id: w.riverside.id, name: 'Riverside Outreach' },
      partnership: true,
      chargeCentsPerHour: 2500,
      costCents: 10_000,
      offeredAtOnce: true,
      quietHours: 'none',
    });
    expect(pat).toMatchObject({
      rank: 2,
      organisation: { id: w.parks.id, name: 'City Parks' },
      partnership: false,
      chargeCentsPerHour: 1800,
      costCents: 7_200,
    });
    expect(nell.reasons).toContain('part-time');
    expect(oona.reasons).toContain('on-call');
    // Nell's night: her offer waits for her quiet hours to end.
    expect(nell).toMatchObject({ quietHours: 'held' });
    expect(Date.parse(nell.textedAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(rita.textedAt)).toBeLessThanOrEqual(Date.now());
    expect(res.body.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: expect.objectContaining({ name: 'Sid' }),
          reasons: ['missing skill: first_aid'],
        }),
        expect.objectContaining({
          person: expect.objectContaining({ name: 'Una' }),
          reasons: ['not available at that time'],
        }),
        expect.objectContaining({
          person: expect.objectContaining({ name: 'Olly' }),
          reasons: ['opted out of texts'],
        }),
      ]),
    );
    expect(names(res.body.excluded).sort()).toEqual(['Olly', 'Sid', 'Una']);
    expect(res.body).toMatchObject({
      strategy: 'broadcast',
      minutesPerPlace: 240,
      places: 2,
      cost: { estimatedCents: 17_200, placesUncovered: 0 },
    });
  });

  it("says whose partnership is not in force, and never lists or counts that partner's workers", async () => {
    const res = await parks('post', '/shifts/preview', body);

    expect(res.body.partnershipsNotInForce).toEqual([
      { provider: { id: w.harbour.id, name: 'Harbour Care' }, state: 'proposed' },
    ]);
    expect(JSON.stringify([res.body.candidates, res.body.excluded])).not.toContain('Hugo');
    expect(res.body.candidates.length + res.body.excluded.length).toBe(7);
  });

  it('writes nothing, offers nothing and texts nobody', async () => {
    const before = await everythingStored();

    const res = await parks('post', '/shifts/preview', body);
    // Anything the preview had queued would be sent within this time.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(res.status).toBe(200);
    expect(await everythingStored()).toEqual(before);
  });

  it("posting the same body next offers in the preview's order, with the preview's reasons", async () => {
    const preview = await parks('post', '/shifts/preview', body);
    const posted = await parks('post', '/shifts', body);

    expect(posted.status).toBe(201);
    const offers = [...posted.body.offers].sort((a, b) => a.rank - b.rank);
    expect(offers.map((o) => [o.rank, o.person.name, o.reasons])).toEqual(
      preview.body.candidates.map((c: Row & { rank: number }) => [
        c.rank,
        c.person.name,
        c.reasons,
      ]),
    );
  });

  it('refuses a body posting would refuse, with a 400 naming each field', async () => {
    const bad = await parks('post', '/shifts/preview', { ...body, places: 0, surprise: true });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toContain('places');
    const backwards = await parks('post', '/shifts/preview', { ...body, end: body.start });
    expect(backwards.status).toBe(400);
    expect(backwards.body.details).toEqual([{ path: 'end', message: 'must be after start' }]);

    const stranger = await seedPerson(w.h.models, w.harbour, {
      name: 'Hal',
      roles: [{ organisation: w.harbour._id, role: 'supervisor' }],
    });
    const foreign = await parks('post', '/shifts/preview', { ...body, supervisorId: stranger.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details).toEqual([
      { path: 'supervisorId', message: 'expected a supervisor of your organisation' },
    ]);
  });

  it('is for coordinators: a read-only key may not preview', async () => {
    const res = await w.as(w.keys.parks.read_only)('post', '/shifts/preview', body);
    expect(res.status).toBe(403);
  });

  it("fills in what a service and a client say: the service's skills and length, the client's home", async () => {
    const start = new Date(Date.now() + 50 * HOUR).toISOString();
    const visit = { start, places: 1, supervisorId: body.supervisorId, clientId: cleoId };

    const preview = await parks('post', '/shifts/preview', {
      ...visit,
      service: 'first-aid-visit',
    });
    const posted = await parks('post', '/shifts', { ...visit, service: 'first-aid-visit' });

    expect(preview.body.minutesPerPlace).toBe(90);
    expect(names(preview.body.excluded)).toContain('Sid');
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      place: 'Cleo (home)',
      requiredSkills: ['first_aid'],
    });
    expect(Date.parse(posted.body.end) - Date.parse(start)).toBe(90 * 60_000);
  });

  it('refuses a body without the place, end or service it needs, saying which', async () => {
    const start = new Date(Date.now() + 50 * HOUR).toISOString();
    const bare = { start, places: 1, supervisorId: body.supervisorId };
    const details = async (extra: object) =>
      (await parks('post', '/shifts/preview', { ...bare, ...extra })).body.details;

    expect(await details({ service: 'first-aid-visit' })).toEqual([
      { path: 'place', message: 'required without a clientId (whose home would be used)' },
    ]);
    expect(await details({ place: 'Lake' })).toEqual([
      { path: 'end', message: 'required without a service (whose usual length would be used)' },
    ]);
    expect(await details({ place: 'Lake', service: 'no-such-service' })).toEqual([
      { path: 'service', message: 'expected an active service of your organisation' },
    ]);
  });

  describe('a weekly series', () => {
    // Five Monday mornings, 09:00–13:00 in New York, across the end of summer time (2027-11-07).
    const MONDAYS_AT_NINE = [
      '2027-10-18T13:00:00.000Z',
      '2027-10-25T13:00:00.000Z',
      '2027-11-01T13:00:00.000Z',
      '2027-11-08T14:00:00.000Z',
      '2027-11-15T14:00:00.000Z',
    ];
    const series = () => ({
      ...body,
      start: '2027-10-18T09:00:00-04:00',
      end: '2027-10-18T13:00:00-04:00',
      weeks: 5,
    });
    const offerRows = (offers: (Row & { rank: number })[]) =>
      [...offers].sort((a, b) => a.rank - b.rank).map((o) => [o.rank, o.person.name, o.reasons]);

    beforeAll(async () => {
      // Pat is booked on the morning of the third Monday, and on no other.
      const m = w.h.models;
      const busy = await m.Shift.create({
        organisation: w.parks._id,
        supervisor: piaId,
        place: 'Lake',
        start: new Date('2027-11-01T12:00:00Z'),
        end: new Date('2027-11-01T15:00:00Z'),
        places: 1,
        state: 'filled',
        createdAt: new Date(),
      });
      await m.Assignment.create({
        shift: busy._id,
        seat: 1,
        person: patId,
        supervisor: piaId,
        createdAt: new Date(),
      });
    });

    it("previews each occurrence on its own date, at 09:00 New York time, with that date's candidates", async () => {
      const res = await parks('post', '/shifts/preview', series());

      expect(res.status).toBe(200);
      const { occurrences } = res.body;
      expect(occurrences.map((o: { start: string }) => o.start)).toEqual(MONDAYS_AT_NINE);
      expect(
        occurrences.map(
          (o: { start: string; end: string }) => Date.parse(o.end) - Date.parse(o.start),
        ),
      ).toEqual(Array(5).fill(4 * HOUR));
      expect(names(occurrences[0].candidates)).toEqual(['Rita', 'Pat', 'Nell', 'Oona']);
      expect(names(occurrences[2].candidates)).toEqual(['Rita', 'Nell', 'Oona']);
      expect(occurrences[2].excluded).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            person: expect.objectContaining({ name: 'Pat' }),
            reasons: ['already booked in an overlapping shift'],
          }),
        ]),
      );
      expect(occurrences[0]).toMatchObject({ strategy: 'broadcast', minutesPerPlace: 240 });
    });

    it("posts five shifts seven days apart at 09:00 New York time, each offered in its preview's order", async () => {
      const preview = await parks('post', '/shifts/preview', series());
      const posted = await parks('post', '/shifts/series', series());

      expect(posted.status).toBe(201);
      const shifts = posted.body.shifts;
      expect(shifts.map((s: { start: string }) => s.start)).toEqual(MONDAYS_AT_NINE);
      expect(new Set(shifts.map((s: { id: string }) => s.id)).size).toBe(5);
      const stored = await w.h.models.Shift.find({
        _id: { $in: shifts.map((s: { id: string }) => s.id) },
      }).lean();
      expect(stored).toHaveLength(5);
      shifts.forEach((shift: { offers: (Row & { rank: number })[] }, week: number) =>
        expect(offerRows(shift.offers)).toEqual(
          offerRows(preview.body.occurrences[week].candidates),
        ),
      );
    });

    it('refuses a count of weeks outside 2 to 12, naming the field, and posts nothing', async () => {
      const before = await w.h.models.Shift.countDocuments({});
      for (const weeks of [1, 13, 2.5, '5']) {
        for (const path of ['/shifts/series', '/shifts/preview']) {
          const res = await parks('post', path, { ...series(), weeks });
          expect(res.status).toBe(400);
          expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(['weeks']);
        }
      }
      const { weeks: _none, ...once } = series();
      const missing = await parks('post', '/shifts/series', once);
      expect(missing.body.details.map((d: { path: string }) => d.path)).toEqual(['weeks']);
      expect(await w.h.models.Shift.countDocuments({})).toBe(before);
    });
  });

  /** Every document of every collection, every text the endpoint took, and every queued job. */
  async function everythingStored() {
    const { mongo, outboundQueue, timersQueue, inboundQueue } = w.h.shiftline.runtime;
    const collections = await mongo.db!.listCollections().toArray();
    const counts: Record<string, number> = {};
    for (const { name } of collections)
      counts[name] = await mongo.db!.collection(name).countDocuments();
    return {
      counts,
      texts: w.h.twilio.phones.attempts().length,
      jobs: await Promise.all(
        [outboundQueue, timersQueue, inboundQueue].map((q) => q.getJobCounts()),
      ),
    };
  }
});
