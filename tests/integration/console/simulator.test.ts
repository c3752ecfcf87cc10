import { endTimer, pendingTimers } from '../../../src/engine/runtime/timer-ends';
import { OffsetClock } from '../../../src/engine/clock';
import { postShift } from '../../../src/engine/runtime/events';
import { offerStates } from '../../../src/engine/runtime/offer-states';
import { HttpError } from '../../../src/http/errors';
import { localPhones } from '../../../src/http/console/simulator-twilio';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { nextMorning } from '../../support/next-morning';
import { eventually } from '../../support/harness';
import { seedPerson } from '../../support/seed';

interface Answer {
  status: number;
  // Tests read answers as loose JSON; each assertion says what it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

const SIMULATOR = '/console/api/simulator';
const HOUR_MS = 3_600_000;

/** Calls the simulator with a console cookie or a Bearer key. */
function simulator(w: ApiWorld, auth: { cookie: string } | { key: string }) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const headers: Record<string, string> =
      'cookie' in auth
        ? { cookie: auth.cookie, 'x-shiftline-console': '1' }
        : { authorization: `Bearer ${auth.key}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${w.base}${SIMULATOR}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

describe('the phone simulator in dev mode', () => {
  let w: ApiWorld;
  let people: Record<'ana' | 'bo' | 'sam' | 'pat' | 'hana', { id: string; phone: string }>;
  let asRiverside: ReturnType<typeof simulator>;
  let asOperator: ReturnType<typeof simulator>;
  beforeAll(async () => {
    // From the next morning there: at night the offers below would wait for quiet hours to end.
    const clock = new OffsetClock();
    clock.set(nextMorning(clock.now(), 'America/New_York'));
    w = await startApiWorld({
      overrides: { NODE_ENV: 'development', DEV_MODE: 'true' },
      clock,
    });
    const person = async (organisation: { _id: unknown }, overrides: Record<string, unknown>) => {
      const saved = await seedPerson(w.h.models, organisation, overrides);
      return { id: saved.id as string, phone: saved.phone as string };
    };
    people = {
      ana: await person(w.riverside, { name: 'Ana', employmentType: 'full_time' }),
      bo: await person(w.riverside, { name: 'Bo', employmentType: 'part_time' }),
      sam: await person(w.riverside, {
        name: 'Sam',
        roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
      }),
      pat: await person(w.parks, { name: 'Pat' }),
      hana: await person(w.harbour, { name: 'Hana' }),
    };
    const signIn = await fetch(`${w.base}/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shiftline-console': '1' },
      body: JSON.stringify({ key: w.keys.riverside.coordinator }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    asRiverside = simulator(w, { cookie });
    asOperator = simulator(w, { key: w.keys.operator });
  });
  afterAll(() => w.stop());

  const phoneNames = (res: Answer) =>
    (res.body.phones as { name: string }[]).map((p) => p.name).sort();

  it("lists the caller's own people only: not a partner's workers, not anyone else's", async () => {
    const riverside = await asRiverside('GET', '/phones');
    expect(riverside.status).toBe(200);
    expect(phoneNames(riverside)).toEqual(['Ana', 'Bo', 'Sam']);
    expect(riverside.body.phones).toContainEqual({
      personId: people.sam.id,
      name: 'Sam',
      phone: people.sam.phone,
      language: 'en',
      roles: ['supervisor'],
      organisationName: 'Riverside Outreach',
    });
    // Riverside provides workers to Parks: Parks sees them in the API, but their phones are
    // Riverside's to read and to text as.
    const parks = await simulator(w, { key: w.keys.parks.read_only })('GET', '/phones');
    expect(phoneNames(parks)).toEqual(['Pat']);
  });

  it('texts HELP from a phone and shows the reply the phone received', async () => {
    const sent = await asRiverside('POST', `/phones/${people.ana.phone}/messages`, {
      body: 'HELP',
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ status: 200, messageSid: expect.stringMatching(/^SM/) });
    const thread = await eventually(
      () => asRiverside('GET', `/phones/${people.ana.phone}/messages`),
      (res) => res.body.messages?.length >= 2,
    );
    expect(thread.status).toBe(200);
    expect(thread.body.messages[0]).toMatchObject({ direction: 'from_phone', body: 'HELP' });
    expect(thread.body.messages[1]).toMatchObject({
      direction: 'to_phone',
      body: expect.stringContaining('Riverside Outreach'),
    });
    expect(Date.parse(thread.body.messages[1].at)).not.toBeNaN();
  });

  it("answers 404 for a phone of an organisation the caller can't see", async () => {
    for (const { phone } of [people.hana, people.pat]) {
      expect((await asRiverside('POST', `/phones/${phone}/messages`, { body: 'YES' })).status).toBe(
        404,
      );
      expect((await asRiverside('GET', `/phones/${phone}/messages`)).status).toBe(404);
    }
    expect(await w.h.models.InboundMessage.countDocuments({ from: people.hana.phone })).toBe(0);
  });

  it("answers a partner's worker's phone as it answers a phone no one has: 404, same words", async () => {
    const asParks = simulator(w, { key: w.keys.parks.admin });
    const nobody = '+15557770123';
    const anaSent = () => w.h.models.InboundMessage.countDocuments({ from: people.ana.phone });
    const sentBefore = await anaSent();
    for (const [method, body] of [
      ['POST', { body: 'YES' }],
      ['GET', undefined],
    ] as const) {
      const partners = await asParks(method, `/phones/${people.ana.phone}/messages`, body);
      const none = await asParks(method, `/phones/${nobody}/messages`, body);
      expect(partners.status).toBe(404);
      expect({ ...partners.body, requestId: null }).toEqual({ ...none.body, requestId: null });
    }
    expect(await anaSent()).toBe(sentBefore);
  });

  it('keeps texting as someone to coordinators: a read-only key gets 403', async () => {
    const readOnly = simulator(w, { key: w.keys.riverside.read_only });
    const res = await readOnly('POST', `/phones/${people.bo.phone}/messages`, { body: 'HELP' });
    expect(res.status).toBe(403);
    expect((await readOnly('GET', `/phones/${people.bo.phone}/messages`)).status).toBe(200);
  });

  it('refuses a bad phone number or an empty text with a 400 naming the field', async () => {
    const badPhone = await asRiverside('POST', '/phones/12345/messages', { body: 'HELP' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.details.map((d: { path: string }) => d.path)).toEqual(['phone']);
    const empty = await asRiverside('POST', `/phones/${people.bo.phone}/messages`, { body: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.details.map((d: { path: string }) => d.path)).toEqual(['body']);
  });

  it('fast-forwards past an offer expiry: the offer expires and the next worker is offered', async () => {
    const runtime = w.h.shiftline.runtime;
    const start = new Date(runtime.clock.now().getTime() + 26 * HOUR_MS);
    const shift = await postShift(runtime, {
      organisationId: w.riverside.id,
      supervisorId: people.sam.id,
      place: 'Eastside Library',
      start,
      end: new Date(start.getTime() + 4 * HOUR_MS),
      places: 1,
    });
    const [first] = await w.h.models.Offer.find({ shift: shift._id }).lean();
    expect(first?.person.toString()).toBe(people.ana.id);
    const before = await asRiverside('GET', '/clock');
    expect(before.body.nextTimerAt).not.toBeNull();

    const moved = await asOperator('POST', '/clock', { advanceMinutes: 31 });
    expect(moved.status).toBe(200);
    expect(moved.body.fired).toBeGreaterThanOrEqual(1);
    expect(Date.parse(moved.body.now) - Date.parse(before.body.now)).toBeGreaterThanOrEqual(
      31 * 60_000,
    );
    expect((await offerStates(runtime, [first!._id])).get(first!._id.toString())).toBe('expired');
    const offers = await w.h.models.Offer.find({ shift: shift._id }).lean();
    expect(offers.map((o) => o.person.toString())).toEqual([people.ana.id, people.bo.id]);

    const after = await asRiverside('GET', '/clock');
    expect(after.body.offsetMinutes).toBeGreaterThanOrEqual(31);
  });

  it("jumps to the next timer when asked, and doesn't move when none is pending", async () => {
    const { nextTimerAt } = (await asRiverside('GET', '/clock')).body;
    expect(nextTimerAt).not.toBeNull();
    const moved = await asOperator('POST', '/clock', { toNextTimer: true });
    expect(moved.body.fired).toBeGreaterThanOrEqual(1);
    expect(Date.parse(moved.body.now)).toBeGreaterThanOrEqual(Date.parse(nextTimerAt));

    for (const timer of await pendingTimers(w.h.models, {}))
      await endTimer(w.h.models, timer.timerId, 'cancelled', new Date());
    const idle = await asOperator('POST', '/clock', { toNextTimer: true });
    expect(idle.body.fired).toBe(0);
    expect(Date.parse(idle.body.now) - Date.parse(moved.body.now)).toBeLessThan(60_000);
  });

  it('tells, while a move fires its timers, where the move goes and how many have fired so far', async () => {
    const runtime = w.h.shiftline.runtime;
    for (const hours of [27, 28]) {
      const start = new Date(runtime.clock.now().getTime() + hours * HOUR_MS);
      await postShift(runtime, {
        organisationId: w.riverside.id,
        supervisorId: people.sam.id,
        place: `Eastside Library, ${hours}`,
        start,
        end: new Date(start.getTime() + 4 * HOUR_MS),
        places: 1,
      });
    }
    expect((await asRiverside('GET', '/clock')).body.moving).toBeNull();
    let done = false;
    const move = asOperator('POST', '/clock', { advanceMinutes: 24 * 60 }).finally(
      () => (done = true),
    );
    const seen: { to: string; fired: number }[] = [];
    while (!done) {
      const { moving } = (await asRiverside('GET', '/clock')).body;
      if (moving) seen.push(moving);
    }
    const moved = await move;
    expect(moved.body.fired).toBeGreaterThanOrEqual(2);
    expect(seen.length).toBeGreaterThan(0);
    for (const progress of seen) {
      expect(progress.to).toBe(moved.body.now);
      expect(progress.fired).toBeLessThanOrEqual(moved.body.fired);
    }
    expect((await asRiverside('GET', '/clock')).body.moving).toBeNull();
  });

  it('refuses a move of more than 7 days, or of nothing, with a 400', async () => {
    for (const body of [{ advanceMinutes: 7 * 24 * 60 + 1 }, {}, { toNextTimer: false }]) {
      const res = await asOperator('POST', '/clock', body);
      expect(res.status).toBe(400);
      expect(res.body.details.length).toBeGreaterThan(0);
    }
  });

  it("keeps moving the shared clock to the operator: an organisation's admin gets 403", async () => {
    const before = (await asOperator('GET', '/clock')).body.now;
    for (const key of [w.keys.riverside.admin, w.keys.riverside.coordinator, w.keys.parks.admin]) {
      const refused = await simulator(w, { key })('POST', '/clock', { advanceMinutes: 60 });
      expect(refused.status).toBe(403);
    }
    expect(
      Date.parse((await asOperator('GET', '/clock')).body.now) - Date.parse(before),
    ).toBeLessThan(60 * 60_000);
    const readOnly = simulator(w, { key: w.keys.riverside.read_only });
    expect((await readOnly('GET', '/clock')).status).toBe(200);
  });

  it('says in every clock answer that the clock is shared by all organisations', async () => {
    expect((await asRiverside('GET', '/clock')).body.sharedByAllOrganisations).toBe(true);
    const moved = await asOperator('POST', '/clock', { advanceMinutes: 1 });
    expect(moved.body.sharedByAllOrganisations).toBe(true);
  });

  it('answers 401 without a key', async () => {
    expect((await fetch(`${w.base}${SIMULATOR}/phones`)).status).toBe(401);
  });
});

describe('the phone simulator on the real clock', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld({ overrides: { NODE_ENV: 'development', DEV_MODE: 'true' } });
  });
  afterAll(() => w.stop());

  it('refuses to move the clock with a 409, and reads it as real time', async () => {
    const call = simulator(w, { key: w.keys.operator });
    const moved = await call('POST', '/clock', { advanceMinutes: 5 });
    expect(moved.status).toBe(409);
    expect(moved.body.error).toBe('the clock can only be moved in dev mode');
    expect((await call('GET', '/clock')).body.offsetMinutes).toBe(0);
  });
});

describe('the phone simulator outside dev mode', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld({ clock: new OffsetClock() });
  });
  afterAll(() => w.stop());

  it('does not exist: 404 even with a good key', async () => {
    const call = simulator(w, { key: w.keys.riverside.admin });
    expect((await call('GET', '/phones')).status).toBe(404);
    expect((await call('GET', '/clock')).status).toBe(404);
    expect((await call('POST', '/clock', { advanceMinutes: 5 })).status).toBe(404);
  });
});

describe("the simulator's phones", () => {
  it('need the local Twilio endpoint: 409 when Shiftline talks to another Twilio', () => {
    for (const TWILIO_API_URL of [undefined, 'https://api.twilio.com']) {
      let thrown: unknown;
      try {
        localPhones({ TWILIO_API_URL });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(HttpError);
      expect(thrown).toMatchObject({
        status: 409,
        message: 'the simulator needs the local Twilio endpoint',
      });
    }
  });
});
