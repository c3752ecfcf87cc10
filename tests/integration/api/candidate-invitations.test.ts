import { shareRecord, withdrawShare } from '../../../src/record/shares';
import {
  postRiversideShift,
  startApiWorld,
  type ApiAnswer,
  type ApiWorld,
} from '../../support/api';
import { seedPerson } from '../../support/seed';

type Seeded = Awaited<ReturnType<typeof seedPerson>>;

const NO_SUCH_ID = '0'.repeat(24);
const HOUR_MS = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR_MS).toISOString();
const TALK = { kind: 'talk', message: 'Can we call you about the spring crew?' };

/** The answer's body without its request id: what two 404s must have in common. */
const bodyOf = (res: ApiAnswer) => ({ ...res.body, requestId: 'x' });

describe('inviting a candidate (POST /candidates/:personId/invitations)', () => {
  let w: ApiWorld;
  let sol: Seeded;
  let tia: Seeded;
  let rita: Seeded;
  let wes: Seeded;
  let olu: Seeded;
  let harbourShift: string;
  let riversideShift: string;

  beforeAll(async () => {
    w = await startApiWorld();
    const { riverside, parks, harbour } = w;
    const { models } = w.h;
    const now = new Date();
    const share = (person: Seeded, organisation: { _id: unknown }) =>
      shareRecord(
        { models },
        { person: person._id, organisation: organisation._id as never, by: 'text', at: now },
      );
    // Sol and Tia (Riverside's) share with Harbour; Rita with City Parks only; Wes withdrew.
    sol = await seedPerson(models, riverside, { name: 'Sol Sharer' });
    tia = await seedPerson(models, riverside, { name: 'Tia Sharer' });
    rita = await seedPerson(models, riverside, { name: 'Rita Parks' });
    wes = await seedPerson(models, riverside, { name: 'Wes Withdrawn' });
    olu = await seedPerson(models, riverside, { name: 'Olu Opted Out', optedOut: true });
    await share(olu, harbour);
    await share(sol, harbour);
    await share(tia, harbour);
    await share(rita, parks);
    await share(wes, harbour);
    await withdrawShare(
      { models },
      { person: wes._id, organisation: harbour._id, by: 'text', at: now },
    );
    const harbourBoss = await seedPerson(models, harbour, {
      name: 'Hana',
      roles: [{ organisation: harbour._id, role: 'supervisor' }],
    });
    const riversideBoss = await seedPerson(models, riverside, {
      name: 'Rob',
      roles: [{ organisation: riverside._id, role: 'supervisor' }],
    });
    const posted = await harbour_()('post', '/shifts', {
      place: 'Harbour pier',
      start: at(100),
      end: at(104),
      places: 1,
      supervisorId: harbourBoss.id,
    });
    harbourShift = posted.body.id;
    riversideShift = await postRiversideShift(w, riversideBoss.id);
  });
  afterAll(() => w.stop());

  const harbour_ = () => w.as(w.keys.harbour.coordinator);
  const invite = (person: string, body: unknown, headers?: Record<string, string>) =>
    headers
      ? fetch(`${w.base}/api/v1/candidates/${person}/invitations`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${w.keys.harbour.coordinator}`,
            'content-type': 'application/json',
            ...headers,
          },
          body: JSON.stringify(body),
        }).then(async (res) => ({ status: res.status, body: await res.json() }))
      : harbour_()('post', `/candidates/${person}/invitations`, body);

  it('answers 404 as for an unknown id for anyone the search would not find, and texts no one', async () => {
    const unknown = await invite(NO_SUCH_ID, TALK);
    expect(unknown.status).toBe(404);
    for (const person of [rita, wes]) {
      const res = await invite(person.id, TALK);
      expect({ name: person.name, status: res.status }).toEqual({ name: person.name, status: 404 });
      expect(bodyOf(res)).toEqual(bodyOf(unknown));
    }
    expect(await w.h.models.CandidateInvitation.countDocuments({})).toBe(0);
  });

  it("answers 404 for another organisation's shift, as for an unknown one", async () => {
    const unknown = await invite(sol.id, { kind: 'shift', shiftId: NO_SUCH_ID });
    const theirs = await invite(sol.id, { kind: 'shift', shiftId: riversideShift });
    expect(unknown.status).toBe(404);
    expect(theirs.status).toBe(404);
    expect(bodyOf(theirs)).toEqual(bodyOf(unknown));
    expect(await w.h.models.CandidateInvitation.countDocuments({ shift: riversideShift })).toBe(0);
  });

  it.each([
    ['no kind', { message: 'hello' }, 'kind'],
    ['a talk without words', { kind: 'talk' }, 'message'],
    ['words over 100 characters', { kind: 'talk', message: 'x'.repeat(101) }, 'message'],
    ['words on two lines', { kind: 'talk', message: 'one\ntwo' }, 'message'],
    ['a shift without its id', { kind: 'shift' }, 'shiftId'],
    ['a field it does not take', { ...TALK, phone: '+15550100000' }, ''],
  ])('answers 400 for %s, naming the field', async (_what, body, field) => {
    const res = await invite(sol.id, body);
    expect(res.status).toBe(400);
    if (field) expect(res.body.details).toEqual([expect.objectContaining({ path: field })]);
  });

  it('is for coordinators: a read-only key is refused', async () => {
    const res = await w.as(w.keys.harbour.read_only)(
      'post',
      `/candidates/${sol.id}/invitations`,
      TALK,
    );
    expect(res.status).toBe(403);
  });

  it('offers an open shift once, and says why it will not offer it again', async () => {
    const first = await invite(tia.id, { kind: 'shift', shiftId: harbourShift });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      personId: tia.id,
      kind: 'shift',
      shiftId: harbourShift,
      message: null,
      offer: { offerId: expect.any(String) },
    });
    const offer = await w.h.models.Offer.findOne({ shift: harbourShift, person: tia._id }).lean();
    expect(offer?.reasons).toEqual(['invited by coordinator']);
    const again = await invite(tia.id, { kind: 'shift', shiftId: harbourShift });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('the person has been offered this shift already');
  });

  it('refuses a shift that has started or was cancelled, with the reason', async () => {
    const harbour = harbour_();
    const supervisorId = (await w.h.models.Person.findOne(
      { name: 'Hana' },
      { _id: 1 },
    ).lean())!._id.toString();
    const started = await harbour('post', '/shifts', {
      place: 'Harbour gate',
      start: at(-0.5),
      end: at(3),
      places: 1,
      supervisorId,
    });
    const res = await invite(tia.id, { kind: 'shift', shiftId: started.body.id });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('the shift has started');
    const later = await harbour('post', '/shifts', {
      place: 'Harbour gate',
      start: at(50),
      end: at(53),
      places: 1,
      supervisorId,
    });
    await harbour('post', `/shifts/${later.body.id}/cancel`);
    const cancelled = await invite(tia.id, { kind: 'shift', shiftId: later.body.id });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.message).toBe('the shift is cancelled: it takes no one now');
  });

  it('refuses a person who opted out of texts, whatever the invitation', async () => {
    for (const body of [TALK, { kind: 'shift', shiftId: harbourShift }]) {
      const res = await invite(olu.id, body);
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('the person has opted out of texts from you');
    }
    expect(await w.h.models.CandidateInvitation.countDocuments({ person: olu._id })).toBe(0);
  });

  it('invites one person at most 3 times a day, and an Idempotency-Key repeats without counting', async () => {
    const key = { 'idempotency-key': 'invite-sol-1' };
    const first = await invite(sol.id, TALK, key);
    expect(first.status).toBe(201);
    const replayed = await invite(sol.id, TALK, key);
    expect(replayed.body).toEqual(first.body);
    expect(await w.h.models.CandidateInvitation.countDocuments({ person: sol._id })).toBe(1);

    expect((await invite(sol.id, TALK)).status).toBe(201);
    expect((await invite(sol.id, TALK)).status).toBe(201);
    const fourth = await invite(sol.id, TALK);
    expect(fourth.status).toBe(409);
    expect(fourth.body.message).toMatch(/invited 3 times today/);
    expect(await w.h.models.CandidateInvitation.countDocuments({ person: sol._id })).toBe(3);
  });
});
