import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

const LATER = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('the programmes API', () => {
  let w: ApiWorld;
  let sam: string;
  let cora: string;
  let participants: string[];
  let harbourProgramme: string;
  let harbourPerson: string;

  beforeAll(async () => {
    w = await startApiWorld();
    const m = w.h.models;
    sam = (await seedPerson(m, w.riverside, { name: 'Sam', roles: [] })).id;
    cora = (await seedPerson(m, w.riverside, { name: 'Cora', roles: [] })).id;
    participants = [];
    for (const name of ['Pia', 'Quinn', 'Rosa']) {
      participants.push((await seedPerson(m, w.riverside, { name, roles: [] })).id);
    }
    const hugo = await seedPerson(m, w.harbour, { name: 'Hugo Harbour', roles: [] });
    harbourPerson = hugo.id;
    harbourProgramme = (
      await m.Programme.create({
        organisation: w.harbour._id,
        name: 'Harbour secret programme',
        slug: 'harbour-secret',
        budgetCents: 1,
        hourlyRateCents: 1,
        minutesPerParticipant: 1,
        supervisors: [hugo._id],
        createdAt: new Date(),
      })
    )._id.toString();
  });
  afterAll(() => w.stop());

  const create = (slug: string, budgetCents = 100_000) =>
    w.as(w.keys.riverside.admin)('post', '/programmes', {
      name: 'Winter guaranteed work',
      slug,
      budgetCents,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      workTypes: [{ id: 'trash', names: { en: 'trash pick', es: 'limpieza', fr: 'ramassage' } }],
      supervisorIds: [sam],
      coordinatorIds: [cora],
      nextStepsMessage: { en: 'Call 555-0199.' },
    });

  it('creates a programme for an admin and lists only the organisation own programmes', async () => {
    const res = await create('winter-2026');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: 'winter-2026',
      budgetCents: 100_000,
      supervisorIds: [sam],
      coordinatorIds: [cora],
      participants: [],
      nextStepsMessage: { en: 'Call 555-0199.', es: '', fr: '' },
    });
    const list = await w.as(w.keys.riverside.read_only)('get', '/programmes');
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { slug: string }) => p.slug)).toEqual(['winter-2026']);
    expect(JSON.stringify(list.body)).not.toContain('Harbour');
    expect((await create('winter-2026')).status).toBe(409);
  });

  it("names a next step (any organisation's programme, or an organisation) with its threshold, refuses one that names neither, both or nothing found, and removes it with null", async () => {
    const admin = w.as(w.keys.riverside.admin);
    const id = (await create('ladder-2026')).body.id as string;
    expect((await admin('get', `/programmes/${id}`)).body.nextStep).toBeNull();
    const threshold = { minutesConfirmed: 600, maxNoShows: 1 };
    const refused = [
      threshold,
      { ...threshold, programmeId: harbourProgramme, organisationId: w.harbour.id },
      { ...threshold, programmeId: '665f1c2ab3e4d5f6a7b8c9d1' },
      { ...threshold, organisationId: '665f1c2ab3e4d5f6a7b8c9d1' },
    ];
    for (const nextStep of refused) {
      const res = await admin('patch', `/programmes/${id}`, { nextStep });
      expect(res.status).toBe(400);
      expect(res.body.details[0].path).toMatch(/^nextStep\./);
    }
    const toProgramme = await admin('patch', `/programmes/${id}`, {
      nextStep: { ...threshold, programmeId: harbourProgramme },
    });
    expect(toProgramme.status).toBe(200);
    expect(toProgramme.body.nextStep).toEqual({ ...threshold, programmeId: harbourProgramme });
    const toOrganisation = await admin('patch', `/programmes/${id}`, {
      nextStep: { minutesConfirmed: 60, maxNoShows: 0, organisationId: w.harbour.id },
    });
    expect(toOrganisation.body.nextStep).toEqual({
      minutesConfirmed: 60,
      maxNoShows: 0,
      organisationId: w.harbour.id,
    });
    // Naming Harbour's programme shows Riverside nothing of it but its id.
    expect(JSON.stringify(toProgramme.body)).not.toContain('Harbour');
    const removed = await admin('patch', `/programmes/${id}`, { nextStep: null });
    expect(removed.body.nextStep).toBeNull();
    expect((await w.h.models.Programme.findById(id).lean())?.nextStep).toBeUndefined();
  });

  it('refuses a bad programme with a 400 naming the fields', async () => {
    const res = await w.as(w.keys.riverside.admin)('post', '/programmes', {
      name: 'x',
      slug: 'Not A Slug',
      budgetCents: -1,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      supervisorIds: [],
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'budgetCents',
      'slug',
      'supervisorIds',
    ]);
  });

  it("refuses another organisation's person as supervisor or participant", async () => {
    const res = await w.as(w.keys.riverside.admin)('post', '/programmes', {
      name: 'Borrowed',
      slug: 'borrowed',
      budgetCents: 1,
      hourlyRateCents: 1,
      minutesPerParticipant: 1,
      supervisorIds: [harbourPerson],
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ path: 'supervisorIds', message: 'unknown person' }]);
    const own = (await create('borrowed-participants')).body.id as string;
    const add = await w.as(w.keys.riverside.coordinator)(
      'post',
      `/programmes/${own}/participants`,
      {
        participants: [{ personId: harbourPerson, payType: 'wage' }],
      },
    );
    expect(add.status).toBe(400);
  });

  it("takes someone it added by another organisation's person's number as its own participant", async () => {
    const hedda = await seedPerson(w.h.models, w.harbour, { name: 'Hedda Harbour' });
    const coordinator = w.as(w.keys.riverside.coordinator);
    const added = await coordinator('post', '/people', {
      name: 'Hedda R.',
      phone: hedda.phone,
      roles: ['worker'],
    });
    expect(added.status).toBe(201);
    const programme = (await create('added-by-number')).body.id as string;
    const res = await coordinator('post', `/programmes/${programme}/participants`, {
      participants: [{ personId: hedda.id, payType: 'wage' }],
    });
    expect(res.status).toBe(200);
  });

  it('lets only an admin create or change a programme, and a coordinator manage participants', async () => {
    const id = (await create('roles')).body.id as string;
    const asCoordinator = await w.as(w.keys.riverside.coordinator)('post', '/programmes', {
      name: 'Not allowed',
      slug: 'not-allowed',
      budgetCents: 1,
      hourlyRateCents: 1,
      minutesPerParticipant: 1,
      supervisorIds: [sam],
    });
    expect(asCoordinator.status).toBe(403);
    expect(
      (await w.as(w.keys.riverside.coordinator)('patch', `/programmes/${id}`, { name: 'n' }))
        .status,
    ).toBe(403);
    expect(
      (
        await w.as(w.keys.riverside.read_only)('post', `/programmes/${id}/participants`, {
          participants: [{ personId: participants[0], payType: 'wage' }],
        })
      ).status,
    ).toBe(403);
    expect(
      (await w.as(w.keys.riverside.read_only)('post', `/programmes/${id}/broadcasts`, {})).status,
    ).toBe(403);
  });

  it('adds participants with a pay type, removes one, and shows the ledger from confirmed hours only', async () => {
    const id = (await create('ledger')).body.id as string;
    const as = w.as(w.keys.riverside.coordinator);
    const added = await as('post', `/programmes/${id}/participants`, {
      participants: [
        { personId: participants[0], payType: 'wage' },
        { personId: participants[1], payType: 'stipend' },
        { personId: participants[2], payType: 'wage' },
      ],
    });
    expect(added.status).toBe(200);
    const removed = await as('delete', `/programmes/${id}/participants/${participants[2]}`);
    expect(removed.body.participants).toEqual([
      { personId: participants[0], payType: 'wage' },
      { personId: participants[1], payType: 'stipend' },
    ]);
    // Removing again changes nothing and answers the same.
    expect(await as('delete', `/programmes/${id}/participants/${participants[2]}`)).toEqual(
      removed,
    );
    const shift = await w.h.models.Shift.create({
      organisation: w.riverside._id,
      supervisor: sam,
      place: 'Riverside Park',
      start: new Date('2026-11-28T14:00:00Z'),
      end: new Date('2026-11-28T18:00:00Z'),
      places: 2,
      state: 'completed',
      programme: id,
      createdAt: new Date(),
    });
    await w.h.models.WorkRecord.create([
      {
        dedupeKey: `t1-${id}`,
        kind: 'hours_confirmed',
        person: participants[1],
        shift: shift._id,
        minutes: 240,
        at: new Date(),
      },
      {
        dedupeKey: `t2-${id}`,
        kind: 'drop',
        person: participants[0],
        shift: shift._id,
        at: new Date(),
      },
    ]);
    const ledger = await w.as(w.keys.riverside.read_only)('get', `/programmes/${id}/ledger`);
    expect(ledger.status).toBe(200);
    expect(ledger.body).toEqual({
      budgetCents: 100_000,
      spentCents: 8_000,
      remainingCents: 92_000,
      spentCentsByPayType: { wage: 0, stipend: 8_000 },
      minutesPerParticipant: 600,
      participants: [
        { personId: participants[0], usedMinutes: 0, leftMinutes: 600 },
        { personId: participants[1], usedMinutes: 240, leftMinutes: 360 },
      ],
      capped: [],
    });
  });

  it('posts a broadcast by API to every eligible participant at once, and refuses one that would overspend with the figures', async () => {
    const id = (await create('broadcasts', 20_000)).body.id as string;
    const as = w.as(w.keys.riverside.coordinator);
    await as('post', `/programmes/${id}/participants`, {
      participants: participants.map((personId) => ({ personId, payType: 'wage' })),
    });
    const sent = await as('post', `/programmes/${id}/broadcasts`, {
      slots: 2,
      start: LATER(48),
      end: LATER(52),
      place: 'trash pick, Riverside Park',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      slots: 2,
      reach: 3,
      neededCents: 16_000,
      availableCents: 20_000,
    });
    const shift = await w.h.models.Shift.findById(sent.body.shiftId).lean();
    expect(shift).toMatchObject({ places: 2, place: 'trash pick, Riverside Park' });
    expect(shift?.programme?.toString()).toBe(id);
    expect(await w.h.models.Offer.countDocuments({ shift: shift!._id })).toBe(3);

    // Its wait list, as the shift page shows it: in the order people joined, the next one first.
    const [pia, quinn, rosa] = participants as [string, string, string];
    await w.h.models.WaitListEntry.insertMany([
      { shift: shift!._id, person: quinn, at: new Date(Date.now() - 3_000), offeredAt: new Date() },
      { shift: shift!._id, person: rosa, at: new Date(Date.now() - 2_000) },
      { shift: shift!._id, person: pia, at: new Date(Date.now() - 1_000) },
    ]);
    const detail = await as('get', `/shifts/${sent.body.shiftId as string}`);
    expect(
      detail.body.waitList.map((p: { position: number | null; person: { name: string } }) => [
        p.position,
        p.person.name,
      ]),
    ).toEqual([
      [null, 'Quinn'],
      [1, 'Rosa'],
      [2, 'Pia'],
    ]);
    // The board counts those still waiting (Quinn was offered a place).
    expect(detail.body.waitListed).toBe(2);
    const board = await as('get', '/shifts?limit=200');
    expect(board.body.items.find((s: { id: string }) => s.id === sent.body.shiftId)).toMatchObject({
      waitListed: 2,
    });

    // $160 of the $200 is promised to the open places: one more 4-hour place ($80) is too much.
    const refused = await as('post', `/programmes/${id}/broadcasts`, {
      slots: 1,
      start: LATER(72),
      end: LATER(76),
      place: 'trash pick, Riverside Park',
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'over_budget',
      details: [{ path: 'slots', message: 'needs 8000 cents; 4000 left' }],
    });
    expect(await w.h.models.Shift.countDocuments({ programme: id })).toBe(1);

    const bad = await as('post', `/programmes/${id}/broadcasts`, {
      slots: 0,
      start: 'soon',
      end: LATER(1),
      place: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'place',
      'slots',
      'start',
    ]);
  });

  it("answers 404 for another organisation's programme on every route, and changes nothing of it", async () => {
    const admin = w.as(w.keys.riverside.admin);
    const before = JSON.stringify(await w.h.models.Programme.findById(harbourProgramme).lean());
    const answers = await Promise.all([
      admin('get', `/programmes/${harbourProgramme}`),
      admin('patch', `/programmes/${harbourProgramme}`, { name: 'mine now' }),
      admin('post', `/programmes/${harbourProgramme}/participants`, {
        participants: [{ personId: participants[0], payType: 'wage' }],
      }),
      admin('delete', `/programmes/${harbourProgramme}/participants/${harbourPerson}`),
      admin('get', `/programmes/${harbourProgramme}/ledger`),
      admin('post', `/programmes/${harbourProgramme}/broadcasts`, {
        slots: 1,
        start: LATER(48),
        end: LATER(52),
        place: 'Harbour',
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
    for (const a of answers) expect(JSON.stringify(a.body)).not.toContain('Harbour secret');
    expect(JSON.stringify(await w.h.models.Programme.findById(harbourProgramme).lean())).toBe(
      before,
    );
  });
});
