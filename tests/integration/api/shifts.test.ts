import {
  replyToAssignment,
  replyToOffer,
  reportDone,
  supervisorAnswer,
} from '../../../src/engine/runtime/events';
import { OffsetClock } from '../../../src/engine/clock';
import { offerEntity } from '../../../src/engine/runtime/entities';
import { advanceClock } from '../../../src/jobs/advance-clock';
import { changeRecordId } from '../../../src/models/change-record';
import { startApiWorld, type ApiWorld, type Call } from '../../support/api';
import { nextMorning } from '../../support/next-morning';
import { seedPerson } from '../../support/seed';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Person = Awaited<ReturnType<typeof seedPerson>>;
interface Named {
  person: { name: string };
}

describe('the shifts API', () => {
  /**
   * Real time from the next 10am in the organisation's zone, moved forward by the last test
   * only: run in the evening, that test's replacement offer fell in the organisation's quiet
   * hours, was held past the shift's start, and was never made.
   */
  const clock = new OffsetClock();
  clock.set(nextMorning(clock.now(), 'America/New_York'));
  let w: ApiWorld;
  let coordinator: Call;
  let reader: Call;
  let sam: Person;
  let clara: Person;
  let cora: Person;
  let ana: Person;
  let pia: Person;
  let hal: Person;

  const at = (hoursFromNow: number) =>
    new Date(clock.now().getTime() + hoursFromNow * HOUR).toISOString();
  const shiftBody = (startInHours: number, overrides: Record<string, unknown> = {}) => ({
    place: 'Riverside Park, north gate',
    start: at(startInHours),
    end: at(startInHours + 4),
    places: 1,
    supervisorId: sam.id,
    ...overrides,
  });
  const names = (items: Named[]) => items.map((i) => i.person.name);

  beforeAll(async () => {
    w = await startApiWorld({ clock });
    coordinator = w.as(w.keys.riverside.coordinator);
    reader = w.as(w.keys.riverside.read_only);
    const staff = (organisation: { _id: unknown }, name: string, role: string) =>
      seedPerson(w.h.models, organisation, { name, roles: [{ organisation, role }] });
    sam = await staff(w.riverside, 'Sam', 'supervisor');
    clara = await staff(w.riverside, 'Clara', 'client');
    cora = await staff(w.riverside, 'Cora', 'coordinator');
    ana = await seedPerson(w.h.models, w.riverside, { name: 'Ana', employmentType: 'full_time' });
    await seedPerson(w.h.models, w.riverside, { name: 'Ben', employmentType: 'part_time' });
    await seedPerson(w.h.models, w.riverside, { name: 'Cleo', employmentType: 'on_call' });
    pia = await staff(w.parks, 'Pia', 'supervisor');
    hal = await staff(w.harbour, 'Hal', 'supervisor');
    // No reminders: a timer firing mid-test would add steps to the histories asserted below.
    await w.h.models.Organisation.updateOne(
      { _id: w.riverside._id },
      { $set: { reminderMinutesBefore: [] } },
    );
    // Parks offers to everyone eligible at once: its own Pat, and Riverside's workers.
    await w.h.models.Organisation.updateOne(
      { _id: w.parks._id },
      { $set: { offerStrategy: { kind: 'broadcast' } } },
    );
    await seedPerson(w.h.models, w.parks, {
      name: 'Pat',
      employmentType: 'full_time',
      skills: ['chainsaw'],
    });
  });
  afterAll(() => w.stop());

  it('posts a shift and answers it with the offer the engine made, ranked with its reasons', async () => {
    const res = await coordinator(
      'post',
      '/shifts',
      shiftBody(30, { clientId: clara.id, coordinatorId: cora.id, requiredSkills: [] }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      organisationId: w.riverside.id,
      organisationName: 'Riverside Outreach',
      place: 'Riverside Park, north gate',
      places: 1,
      filled: 0,
      state: 'open',
      progress: 'open',
      shared: false,
      supervisor: { id: sam.id, name: 'Sam' },
      client: { id: clara.id, name: 'Clara' },
      alerts: { noShows: 0, escalations: 0, drops: 0, disputes: 0 },
      assignments: [],
    });
    // Riverside offers one at a time: the full-timer first.
    expect(res.body.offers).toEqual([
      expect.objectContaining({
        person: { id: ana.id, name: 'Ana' },
        rank: 1,
        reasons: expect.arrayContaining(['full-time']),
        state: 'offered',
        code: expect.any(String),
      }),
    ]);
    expect(res.body.history).toEqual([
      expect.objectContaining({ kind: 'offer', person: { id: ana.id, name: 'Ana' }, from: null }),
    ]);
    expect(res.body.history[0]).toMatchObject({ to: 'offered', event: null, cause: 'api' });
    const started = await w.h.models.ChangeRecord.findById(
      changeRecordId(offerEntity(res.body.offers[0].id), 0),
    ).lean();
    expect(started?.cause.ref).toMatch(/^api:[0-9a-f]{24}:/);
  });

  it("shows the place a YES took, the shift's progress, and its history oldest first", async () => {
    const posted = await coordinator('post', '/shifts', shiftBody(1));
    const [offer] = posted.body.offers;
    const path = `/shifts/${posted.body.id}`;
    const { runtime } = w.h.shiftline;
    await replyToOffer(runtime, offer.id, 'yes', { kind: 'reply', ref: 'SM1' });

    const filled = await reader('get', path);
    expect(filled.status).toBe(200);
    expect(filled.body).toMatchObject({ filled: 1, state: 'filled', progress: 'filled' });
    expect(filled.body.offers[0].state).toBe('accepted');
    const [assignment] = filled.body.assignments;
    expect(filled.body.assignments).toEqual([
      {
        id: expect.any(String),
        seat: 1,
        person: offer.person,
        attendance: 'booked',
        completion: null,
        minutes: null,
        checkedInAt: null,
        checkInInferred: false,
        finishedAt: null,
        noDone: false,
      },
    ]);
    const steps = (body: { history: { kind: string; to: string; cause: string }[] }) =>
      body.history.map((h) => `${h.kind} ${h.to} (${h.cause})`);
    expect(steps(filled.body)).toEqual([
      'offer offered (api)',
      'offer claiming (reply)',
      'offer accepted (system)',
      'attendance booked (system)',
    ]);
    expect(filled.body.history[1]).toMatchObject({ from: 'offered', event: 'reply.yes' });

    await replyToAssignment(
      runtime,
      assignment.id,
      { type: 'reply.here' },
      { kind: 'reply', ref: 'SM2' },
    );
    expect((await reader('get', path)).body.progress).toBe('in_progress');
    await reportDone(runtime, assignment.id, { hours: 3.5 }, { kind: 'reply', ref: 'SM3' });
    const reported = await reader('get', path);
    expect(reported.body.progress).toBe('awaiting_confirmation');
    expect(reported.body.assignments[0]).toMatchObject({
      attendance: 'checked_in',
      completion: 'reported',
      minutes: 210,
      checkedInAt: expect.any(String),
      finishedAt: expect.any(String),
      checkInInferred: false,
      noDone: false,
    });
    await supervisorAnswer(runtime, assignment.id, 'ok', { kind: 'reply', ref: 'SM4' });
    const confirmed = await reader('get', path);
    expect(confirmed.body.progress).toBe('confirmed');
    expect(steps(confirmed.body).slice(4)).toEqual([
      'attendance checked_in (reply)',
      'completion working (system)',
      'completion reported (reply)',
      'completion confirmed (reply)',
    ]);
  });

  it('keeps a dropped place out of the assignments but in the history, and offers it again', async () => {
    const posted = await coordinator('post', '/shifts', shiftBody(50));
    const [offer] = posted.body.offers;
    const { runtime } = w.h.shiftline;
    await replyToOffer(runtime, offer.id, 'yes', { kind: 'reply', ref: 'SM10' });
    const [assignment] = (await reader('get', `/shifts/${posted.body.id}`)).body.assignments;
    for (const ref of ['SM11', 'SM12'])
      await replyToAssignment(
        runtime,
        assignment.id,
        { type: 'reply.drop' },
        { kind: 'reply', ref },
      );

    const res = await reader('get', `/shifts/${posted.body.id}`);
    expect(res.body).toMatchObject({ filled: 0, state: 'open', progress: 'open', assignments: [] });
    expect(res.body.history).toContainEqual(
      expect.objectContaining({
        kind: 'attendance',
        person: offer.person,
        from: 'drop_pending',
        to: 'dropped',
        event: 'reply.drop',
      }),
    );
    // The replacement is urgent: the on-call worker first.
    expect(res.body.offers).toHaveLength(2);
    expect(res.body.offers[1]).toMatchObject({ state: 'offered', urgent: true });
    expect(res.body.offers[1].person.name).toBe('Cleo');
  });

  it('lists shifts soonest first, filtered by time, state, progress, supervisor and client', async () => {
    const later = await coordinator('post', '/shifts', shiftBody(80, { place: 'Later' }));
    const sooner = await coordinator(
      'post',
      '/shifts',
      shiftBody(74, { place: 'Sooner', clientId: clara.id }),
    );
    const window = `from=${encodeURIComponent(at(70))}&to=${encodeURIComponent(at(90))}`;

    const listed = await reader('get', `/shifts?${window}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((s: { place: string }) => s.place)).toEqual(['Sooner', 'Later']);
    expect(listed.body).toMatchObject({ hasMore: false, nextCursor: null });
    expect(listed.body.items[0]).not.toHaveProperty('offers');

    const first = await reader('get', `/shifts?${window}&limit=1`);
    expect(first.body).toMatchObject({ hasMore: true, items: [{ id: sooner.body.id }] });
    const paged = await reader('get', `/shifts?${window}&limit=1&cursor=${first.body.nextCursor}`);
    expect(paged.body).toMatchObject({ hasMore: false, items: [{ id: later.body.id }] });
    const byClient = await reader('get', `/shifts?${window}&clientId=${clara.id}`);
    expect(byClient.body.items.map((s: { id: string }) => s.id)).toEqual([sooner.body.id]);
    const bySupervisor = await reader('get', `/shifts?${window}&supervisorId=${cora.id}`);
    expect(bySupervisor.body).toEqual({ items: [], hasMore: false, nextCursor: null });

    await coordinator('post', `/shifts/${later.body.id}/cancel`);
    const cancelled = await reader('get', `/shifts?${window}&state=cancelled`);
    expect(cancelled.body.items.map((s: { id: string }) => s.id)).toEqual([later.body.id]);
    const open = await reader('get', `/shifts?${window}&progress=open`);
    expect(open.body).toMatchObject({
      hasMore: false,
      items: [{ id: sooner.body.id, progress: 'open' }],
    });
    const byProgress = await reader('get', `/shifts?${window}&progress=cancelled`);
    expect(byProgress.body.items.map((s: { id: string }) => s.id)).toEqual([later.body.id]);
  });

  it('lists from a day ago by default, so past shifts drop off the board', async () => {
    const old = await w.h.models.Shift.create({
      organisation: w.riverside._id,
      supervisor: sam._id,
      place: 'Last week',
      start: new Date(Date.now() - 7 * 24 * HOUR),
      end: new Date(Date.now() - 7 * 24 * HOUR + 4 * HOUR),
      places: 1,
      createdAt: new Date(Date.now() - 8 * 24 * HOUR),
    });
    const listed = await reader('get', '/shifts?limit=200');
    expect(listed.body.items.map((s: { id: string }) => s.id)).not.toContain(old.id);
    const before = await reader('get', `/shifts?from=${encodeURIComponent(at(-8 * 24))}`);
    expect(before.body.items.map((s: { id: string }) => s.id)).toContain(old.id);
  });

  it('cancels a shift: open offers are withdrawn, and cancelling again answers it as it is', async () => {
    const posted = await coordinator('post', '/shifts', shiftBody(100));
    const res = await coordinator('post', `/shifts/${posted.body.id}/cancel`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'cancelled', progress: 'cancelled' });
    expect(res.body.offers.map((o: { state: string }) => o.state)).toEqual(['withdrawn']);
    expect(res.body.history.at(-1)).toMatchObject({
      kind: 'offer',
      from: 'offered',
      to: 'withdrawn',
      event: 'shift.cancelled',
      cause: 'api',
    });

    const changes = await w.h.models.ChangeRecord.countDocuments({});
    const again = await coordinator('post', `/shifts/${posted.body.id}/cancel`);
    expect(again.status).toBe(200);
    expect(await w.h.models.ChangeRecord.countDocuments({})).toBe(changes);
    expect(again.body).toEqual((await coordinator('get', `/shifts/${posted.body.id}`)).body);
    expect(again.body.state).toBe('cancelled');
  });

  describe('refuses a bad shift with a 400 naming the field, and posts nothing', () => {
    const cases: [string, () => Record<string, unknown>, string[]][] = [
      ['an end before the start', () => shiftBody(30, { end: at(29) }), ['end']],
      ['an end equal to the start', () => shiftBody(30, { end: at(30) }), ['end']],
      ['no places', () => shiftBody(30, { places: 0 }), ['places']],
      ['more than 100 places', () => shiftBody(30, { places: 101 }), ['places']],
      ['a fraction of a place', () => shiftBody(30, { places: 1.5 }), ['places']],
      ['a start two hours ago', () => shiftBody(-2), ['start']],
      ['a start that is not an instant', () => shiftBody(30, { start: 'tomorrow' }), ['start']],
      ['an empty place', () => shiftBody(30, { place: '  ' }), ['place']],
      ['a worker as supervisor', () => shiftBody(30, { supervisorId: ana.id }), ['supervisorId']],
      [
        "another organisation's supervisor",
        () => shiftBody(30, { supervisorId: pia.id }),
        ['supervisorId'],
      ],
      [
        'an unknown supervisor',
        () => shiftBody(30, { supervisorId: '0123456789abcdef01234567' }),
        ['supervisorId'],
      ],
      ['a malformed supervisor id', () => shiftBody(30, { supervisorId: 'sam' }), ['supervisorId']],
      ['a supervisor as client', () => shiftBody(30, { clientId: sam.id }), ['clientId']],
      [
        'a client as coordinator',
        () => shiftBody(30, { coordinatorId: clara.id }),
        ['coordinatorId'],
      ],
      [
        'several problems at once',
        () => shiftBody(-2, { supervisorId: ana.id, clientId: hal.id }),
        ['clientId', 'start', 'supervisorId'],
      ],
      ['an unknown field', () => shiftBody(30, { organisationId: w.harbour.id }), ['']],
    ];
    it.each(cases)('%s', async (_name, body, fields) => {
      const before = await w.h.models.Shift.countDocuments();
      const res = await coordinator('post', '/shifts', body());
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(fields);
      expect(await w.h.models.Shift.countDocuments()).toBe(before);
    });
  });

  it('refuses a bad id or list filter with a 400 naming it', async () => {
    const badId = await reader('get', '/shifts/not-an-id');
    expect(badId.status).toBe(400);
    expect(badId.body.details[0].path).toBe('id');
    const badState = await reader('get', '/shifts?state=done&progress=late');
    expect(badState.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'progress',
      'state',
    ]);
    const backwards = await reader(
      'get',
      `/shifts?from=${encodeURIComponent(at(5))}&to=${encodeURIComponent(at(1))}`,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.details[0].path).toBe('to');
  });

  it('lets a read-only key read shifts but not post or cancel them', async () => {
    const posted = await coordinator('post', '/shifts', shiftBody(110));
    expect((await reader('post', '/shifts', shiftBody(120))).status).toBe(403);
    expect((await reader('post', `/shifts/${posted.body.id}/cancel`)).status).toBe(403);
    expect((await reader('get', `/shifts/${posted.body.id}`)).status).toBe(200);
    const stored = await w.h.models.Shift.findById(posted.body.id).lean();
    expect(stored?.state).toBe('open');
  });

  describe('tenancy', () => {
    let harbourShift: string;
    let sharedShift: string;
    let parksOnlyShift: string;
    let riversideShift: string;

    beforeAll(async () => {
      const harbour = await w.as(w.keys.harbour.coordinator)(
        'post',
        '/shifts',
        shiftBody(200, { supervisorId: hal.id, place: 'Harbour' }),
      );
      harbourShift = harbour.body.id;
      const parks = w.as(w.keys.parks.coordinator);
      const shared = await parks(
        'post',
        '/shifts',
        shiftBody(210, { supervisorId: pia.id, places: 2 }),
      );
      sharedShift = shared.body.id;
      const parksOnly = await parks(
        'post',
        '/shifts',
        shiftBody(220, { supervisorId: pia.id, requiredSkills: ['chainsaw'] }),
      );
      parksOnlyShift = parksOnly.body.id;
      riversideShift = (await coordinator('post', '/shifts', shiftBody(230))).body.id;
    });

    it("answers 404 for another organisation's shift, to read or to cancel", async () => {
      for (const call of [reader, coordinator]) {
        expect((await call('get', `/shifts/${harbourShift}`)).status).toBe(404);
      }
      const cancel = await coordinator('post', `/shifts/${harbourShift}/cancel`);
      expect(cancel.status).toBe(404);
      expect((await w.h.models.Shift.findById(harbourShift).lean())?.state).toBe('open');
      const harbour = await w.as(w.keys.harbour.read_only)('get', `/shifts/${riversideShift}`);
      expect(harbour.status).toBe(404);
    });

    it("shows a partner's shift that its workers were offered: read-only, with only its own workers", async () => {
      const asParks = await w.as(w.keys.parks.read_only)('get', `/shifts/${sharedShift}`);
      expect(asParks.body.shared).toBe(false);
      expect(names(asParks.body.offers).sort()).toEqual(['Ana', 'Ben', 'Cleo', 'Pat']);

      const res = await reader('get', `/shifts/${sharedShift}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ shared: true, organisationName: 'City Parks' });
      expect(names(res.body.offers).sort()).toEqual(['Ana', 'Ben', 'Cleo']);
      const pat = asParks.body.offers.find((o: Named) => o.person.name === 'Pat');
      expect(JSON.stringify(res.body)).not.toContain(pat.person.id);

      const cancel = await coordinator('post', `/shifts/${sharedShift}/cancel`);
      expect(cancel.status).toBe(404);
      expect((await w.h.models.Shift.findById(sharedShift).lean())?.state).toBe('open');
    });

    it("answers 404 for a partner's shift none of its workers was offered", async () => {
      const asParks = await w.as(w.keys.parks.read_only)('get', `/shifts/${parksOnlyShift}`);
      expect(names(asParks.body.offers)).toEqual(['Pat']);
      expect((await reader('get', `/shifts/${parksOnlyShift}`)).status).toBe(404);
    });

    it("lists its own and shared shifts, never another organisation's others", async () => {
      const listed = await reader('get', `/shifts?from=${encodeURIComponent(at(190))}`);
      const shown = listed.body.items.map((s: { id: string; shared: boolean }) => [s.id, s.shared]);
      expect(shown).toEqual([
        [sharedShift, true],
        [riversideShift, false],
      ]);
      const parks = await w.as(w.keys.parks.read_only)(
        'get',
        `/shifts?from=${encodeURIComponent(at(190))}`,
      );
      expect(parks.body.items.map((s: { id: string }) => s.id)).toEqual([
        sharedShift,
        parksOnlyShift,
      ]);
    });
  });

  // Last: the worker Parks adds would be offered Parks' shifts in the tests above.
  it("offers a worker another organisation also has by the poster's own record: its skills, its name for them", async () => {
    const hugo = await seedPerson(w.h.models, w.harbour, {
      name: 'Hugo Harbour',
      skills: ['harbour_crane'],
    });
    const parks = w.as(w.keys.parks.coordinator);
    const added = await parks('post', '/people', {
      name: 'Huey P.',
      phone: hugo.phone,
      roles: ['worker'],
      skills: ['ropes'],
    });
    expect(added.status).toBe(201);
    const res = await parks(
      'post',
      '/shifts',
      shiftBody(50, { supervisorId: pia.id, requiredSkills: ['ropes'] }),
    );
    expect(res.status).toBe(201);
    expect(res.body.offers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ person: { id: hugo.id, name: 'Huey P.' } }),
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain('Hugo Harbour');
  });

  // Last: it moves the clock past the start of every shift posted above within 3 hours.
  it('numbers offers in the order they were made across rounds: the replacement after a no-show comes next, not first again', async () => {
    const posted = await coordinator('post', '/shifts', shiftBody(2, { place: 'Night shelter' }));
    const [first] = posted.body.offers;
    const { runtime } = w.h.shiftline;
    await replyToOffer(runtime, first.id, 'yes', { kind: 'reply', ref: 'SM30' });
    // No HERE: asked at the start plus 10 minutes' grace, a no-show 20 minutes after that.
    await advanceClock(runtime, clock, 2 * HOUR + 31 * MINUTE);

    const res = await reader('get', `/shifts/${posted.body.id}`);
    expect(res.body.releasedPlaces).toMatchObject([
      { seat: 1, person: first.person, attendance: 'no_show' },
    ]);
    const offers = res.body.offers as { rank: number; round: number; person: object }[];
    expect(offers.map((o) => [o.rank, o.round])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(offers[0]!.person).toEqual(first.person);
    expect(res.body.rounds).toEqual([
      { round: 1, at: expect.any(String), after: null },
      {
        round: 2,
        at: expect.any(String),
        after: expect.objectContaining({
          kind: 'attendance',
          person: first.person,
          to: 'no_show',
          cause: 'timer',
        }),
      },
    ]);
  });
});
