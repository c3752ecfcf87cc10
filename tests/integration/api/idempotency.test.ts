import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import { API_RESOURCES } from '../../../src/http/api/v1';
import { shareRecord } from '../../../src/record/shares';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson, testNumber } from '../../support/seed';

const LATER = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: string | null;
}

/** One create route: a body for it, and the records a second creation would add to. */
interface CreateCase {
  path: (ids: Ids) => string;
  body: (ids: Ids) => Record<string, unknown>;
  created: (w: ApiWorld) => Model<never>;
}

interface Ids {
  supervisor: string;
  programme: string;
  worker: string;
  /** Terms Harbour published, for Riverside to accept. */
  terms: string;
}

const CASES: Record<string, CreateCase> = {
  'post /api-keys': {
    path: () => '/api-keys',
    body: () => ({ name: 'Retried', role: 'read_only' }),
    created: (w) => w.h.models.ApiKey as never,
  },
  'post /people': {
    path: () => '/people',
    body: () => ({ name: 'Retried Person', phone: testNumber(), roles: ['worker'] }),
    created: (w) => w.h.models.Person as never,
  },
  'post /partnerships': {
    path: () => '/partnerships',
    body: (_ids) => ({ clientOrganisationId: '', chargeCentsPerHour: 1500 }),
    created: (w) => w.h.models.Partnership as never,
  },
  'post /shifts': {
    path: () => '/shifts',
    body: (ids) => ({
      place: 'Retry Park',
      start: LATER(30),
      end: LATER(34),
      places: 1,
      supervisorId: ids.supervisor,
    }),
    created: (w) => w.h.models.Shift as never,
  },
  'post /shifts/series': {
    path: () => '/shifts/series',
    body: (ids) => ({
      place: 'Retry Series Park',
      start: LATER(30),
      end: LATER(34),
      places: 1,
      supervisorId: ids.supervisor,
      weeks: 3,
    }),
    created: (w) => w.h.models.Shift as never,
  },
  'post /programmes': {
    path: () => '/programmes',
    body: (ids) => ({
      name: 'Retried programme',
      slug: `retried-${Date.now()}`,
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      supervisorIds: [ids.supervisor],
    }),
    created: (w) => w.h.models.Programme as never,
  },
  'post /programmes/:id/broadcasts': {
    path: (ids) => `/programmes/${ids.programme}/broadcasts`,
    body: () => ({ slots: 1, start: LATER(50), end: LATER(52), place: 'Retry Park' }),
    created: (w) => w.h.models.Shift as never,
  },
  'post /people/:id/messages': {
    path: (ids) => `/people/${ids.worker}/messages`,
    body: () => ({ text: 'Your bus pass is at the front desk.' }),
    created: (w) => w.h.models.OutboundMessage as never,
  },
  'post /pilots': {
    path: () => '/pilots',
    body: () => ({
      name: 'Retried pilot',
      badge: 'retried',
      from: '2027-01-04',
      to: '2027-01-29',
      cohort: [],
    }),
    created: (w) => w.h.models.Pilot as never,
  },
  'post /services': {
    path: () => '/services',
    body: () => ({ key: `retried-${Date.now()}`, names: { en: ['retry'] }, defaultMinutes: 60 }),
    created: (w) => w.h.models.Service as never,
  },
  'post /people/:id/badges': {
    path: (ids) => `/people/${ids.worker}/badges`,
    body: () => ({ badge: 'retried', reason: 'Retried' }),
    created: (w) => w.h.models.BadgeGrant as never,
  },
  'post /organisation/terms': {
    path: () => '/organisation/terms',
    body: () => ({ chargeCentsPerHour: 1800, skills: ['retry'] }),
    created: (w) => w.h.models.PartnershipTerms as never,
  },
  'post /terms/:id/accept': {
    path: (ids) => `/terms/${ids.terms}/accept`,
    body: () => ({}),
    created: (w) => w.h.models.Partnership as never,
  },
  'post /candidates/:personId/invitations': {
    path: (ids) => `/candidates/${ids.worker}/invitations`,
    body: () => ({ kind: 'talk', message: 'Can we call you?' }),
    created: (w) => w.h.models.CandidateInvitation as never,
  },
};

const CREATES = API_RESOURCES.flatMap((r) => r.routes)
  .filter((route) => route.status === 201)
  .map((route) => `${route.method} ${route.path}`);

describe('Idempotency-Key on every create', () => {
  let w: ApiWorld;
  let ids: Ids;

  beforeAll(async () => {
    w = await startApiWorld();
    const supervisor = await seedPerson(w.h.models, w.riverside, {
      name: 'Sid Supervisor',
      roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
    });
    const programme = await w.h.models.Programme.create({
      organisation: w.riverside._id,
      name: 'Retry programme',
      slug: 'retry-programme',
      budgetCents: 1_000_000,
      hourlyRateCents: 1_000,
      minutesPerParticipant: 6_000,
      supervisors: [supervisor._id],
      createdAt: new Date(),
    });
    // Someone to offer the shifts to, and to text.
    const worker = await seedPerson(w.h.models, w.riverside, { name: 'Wren Worker' });
    // A candidate too: the worker shares their record with Riverside.
    await shareRecord(
      { models: w.h.models },
      { person: worker._id, organisation: w.riverside._id, by: 'text', at: new Date() },
    );
    const terms = await w.h.models.PartnershipTerms.create({
      organisation: w.harbour._id,
      version: 1,
      chargeCentsPerHour: 2_000,
      autoPartner: true,
      published: true,
      publishedAt: new Date(),
    });
    ids = {
      supervisor: supervisor.id,
      programme: programme.id as string,
      worker: worker.id,
      terms: terms.id as string,
    };
  });
  afterAll(() => w.stop());

  async function post(
    path: string,
    body: unknown,
    key: string | null,
    apiKey = w.keys.riverside.admin,
  ): Promise<Answer> {
    const res = await fetch(`${w.base}/api/v1${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        ...(key === null ? {} : { 'idempotency-key': key }),
      },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
      replayed: res.headers.get('idempotent-replayed'),
    };
  }

  const shiftBody = (place = 'Retry Park') => ({ ...CASES['post /shifts']!.body(ids), place });

  it('has a case for every create', () => {
    expect(Object.keys(CASES).sort()).toEqual(CREATES.sort());
  });

  it.each(Object.entries(CASES))(
    '%s: the same key and body again answers the first result and creates nothing',
    async (_name, spec) => {
      const body = spec.body(ids);
      if ('clientOrganisationId' in body)
        body.clientOrganisationId = (
          await w.h.models.Organisation.create({
            name: `Client ${randomUUID()}`,
            contact: '555-0100',
          })
        ).id as string;
      const key = randomUUID();
      const first = await post(spec.path(ids), body, key);
      expect(first.status).toBe(201);
      expect(first.replayed).toBeNull();
      const count = await spec.created(w).countDocuments({});
      const again = await post(spec.path(ids), body, key);
      expect(again).toEqual({ ...first, replayed: 'true' });
      expect(await spec.created(w).countDocuments({})).toBe(count);
    },
  );

  it('makes one shift, texting its offer once, however often a POST /shifts is retried', async () => {
    const key = randomUUID();
    const body = shiftBody('Concurrent Park');
    const answers = await Promise.all([1, 2, 3].map(() => post('/shifts', body, key)));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    for (const other of answers.filter((a) => a.status !== 201))
      expect(other).toMatchObject({ status: 409, body: { code: 'request_in_progress' } });
    const shifts = await w.h.models.Shift.find({ place: 'Concurrent Park' }).lean();
    expect(shifts.map((s) => s._id.toString())).toEqual([created[0]!.body.id]);
    expect(await w.h.models.Offer.countDocuments({ shift: shifts[0]!._id })).toBe(1);
  });

  it('refuses the same key with another body, creating nothing', async () => {
    const key = randomUUID();
    expect((await post('/shifts', shiftBody('Retry Pier'), key)).status).toBe(201);
    const other = await post('/shifts', shiftBody('Other Pier'), key);
    expect(other).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
    expect(await w.h.models.Shift.countDocuments({ place: 'Other Pier' })).toBe(0);
    const elsewhere = await post('/services', CASES['post /services']!.body(ids), key);
    expect(elsewhere).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('reads the same body in another field order as the same request', async () => {
    const key = randomUUID();
    const body = shiftBody('Order Pier');
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const first = await post('/shifts', body, key);
    expect(await post('/shifts', reversed, key)).toEqual({ ...first, replayed: 'true' });
  });

  it('gives a key back when its request fails, so the corrected request may use it', async () => {
    const key = randomUUID();
    const refused = await post(
      '/shifts',
      { ...shiftBody('Fixed Pier'), supervisorId: ids.programme },
      key,
    );
    expect(refused.status).toBe(400);
    const fixed = shiftBody('Fixed Pier');
    const first = await post('/shifts', fixed, key);
    expect(first.status).toBe(201);
    expect(await post('/shifts', fixed, key)).toEqual({ ...first, replayed: 'true' });
  });

  it("keeps each organisation's keys apart", async () => {
    const key = randomUUID();
    const service = CASES['post /services']!.body(ids);
    expect((await post('/services', service, key)).status).toBe(201);
    expect((await post('/services', service, key)).replayed).toBe('true');
    const parks = await post('/services', service, key, w.keys.parks.admin);
    expect(parks).toMatchObject({ status: 201, replayed: null });
  });

  it('forgets a key after a day', async () => {
    const key = randomUUID();
    const body = shiftBody('Day Pier');
    const first = await post('/shifts', body, key);
    expect((await post('/shifts', body, key)).body.id).toBe(first.body.id);
    await w.h.models.IdempotencyKey.updateOne(
      { _id: `${w.riverside.id}:${key}` },
      { $set: { createdAt: new Date(Date.now() - 25 * 3_600_000) } },
    );
    const later = await post('/shifts', body, key);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it('refuses a key that is not 1 to 255 visible characters', async () => {
    const bad = await post('/shifts', shiftBody('Bad Pier'), 'x'.repeat(256));
    expect(bad).toMatchObject({ status: 400, body: { details: [{ path: 'Idempotency-Key' }] } });
    expect(await w.h.models.Shift.countDocuments({ place: 'Bad Pier' })).toBe(0);
  });
});
