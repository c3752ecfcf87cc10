import { API_RESOURCES } from '../../../src/http/api/v1';
import { createApiKey } from '../../../src/http/api/v1/auth/api-keys';
import { postShift } from '../../../src/engine/runtime/events';
import { consoleCredentials, startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

/** Harbour's records: Riverside has no relation to Harbour and must never see or touch them. */
interface Foreign {
  person: string;
  supervisor: string;
  /** Riverside's own supervisor, for a shift of its own. */
  ownSupervisor: string;
  shift: string;
  partnership: string;
  apiKey: string;
  programme: string;
  /** Harbour's pilot, its cohort Hugo. */
  pilot: string;
  service: string;
  handOff: string;
  /** Terms Harbour published and withdrew: no one's to accept, and not Riverside's to withdraw. */
  terms: string;
  /** City Parks, Riverside's partner (not Harbour's record, but a valid other side). */
  parks: string;
  /** Strings that must never appear in an answer to Riverside. */
  secrets: string[];
}

/**
 * A request body: `run` counts the credentials the matrix has gone through, so a write that
 * makes something unique makes a new one each time.
 */
type Body = (f: Foreign, run: number) => unknown;

type Case =
  /** A route about one record: Harbour's id is answered 404. */
  | { kind: 'not-found'; path: (f: Foreign) => string; body?: Body }
  /** A list or an own-organisation route: nothing of Harbour's in the answer. */
  | { kind: 'nothing-foreign'; path: string; body?: Body; status?: number }
  /** A write naming Harbour's records: refused with a 4xx, nothing written for Harbour. */
  | { kind: 'refused'; path: string; body: Body };

const LATER = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/**
 * One case per route of the admin API. A route added without a case here fails the first test:
 * tenancy is proven for every endpoint, not for the ones someone remembered.
 */
const CASES: Record<string, Case> = {
  'get /organisation': { kind: 'nothing-foreign', path: '/organisation' },
  'patch /organisation': {
    kind: 'nothing-foreign',
    path: '/organisation',
    body: () => ({ contact: '555-0199' }),
  },
  'get /organisations': { kind: 'nothing-foreign', path: '/organisations' },
  'get /api-keys': { kind: 'nothing-foreign', path: '/api-keys' },
  'post /api-keys': {
    kind: 'nothing-foreign',
    path: '/api-keys',
    body: () => ({ name: 'tenancy', role: 'read_only' }),
    status: 201,
  },
  'delete /api-keys/:id': { kind: 'not-found', path: (f) => `/api-keys/${f.apiKey}` },
  'get /people': { kind: 'nothing-foreign', path: '/people?limit=200' },
  'get /people/:id': { kind: 'not-found', path: (f) => `/people/${f.person}` },
  'post /people': {
    kind: 'nothing-foreign',
    path: '/people',
    body: (_f, run) => ({
      name: 'Tess',
      phone: `+1555777020${run}`,
      language: 'en',
      roles: ['worker'],
    }),
    status: 201,
  },
  'patch /people/:id': {
    kind: 'not-found',
    path: (f) => `/people/${f.person}`,
    body: () => ({ name: 'Renamed' }),
  },
  'get /people/:id/messages': { kind: 'not-found', path: (f) => `/people/${f.person}/messages` },
  'get /people/:id/badges': { kind: 'not-found', path: (f) => `/people/${f.person}/badges` },
  'put /people/:id/aims': {
    kind: 'not-found',
    path: (f) => `/people/${f.person}/aims`,
    body: () => ({ aims: [{ kind: 'more_hours', text: 'Riverside says so' }] }),
  },
  'post /people/:id/badges': {
    kind: 'not-found',
    path: (f) => `/people/${f.person}/badges`,
    body: () => ({ badge: 'riverside_badge', reason: 'Riverside says so' }),
  },
  'delete /people/:id/badges/:badge': {
    kind: 'not-found',
    path: (f) => `/people/${f.person}/badges/harbour_secret_badge`,
    body: () => ({ reason: 'Riverside says so' }),
  },
  'post /people/:id/messages': {
    kind: 'not-found',
    path: (f) => `/people/${f.person}/messages`,
    body: () => ({ text: 'Riverside writing to a Harbour worker' }),
  },
  'get /pilots': { kind: 'nothing-foreign', path: '/pilots' },
  // A cohort naming Harbour's worker: refused, as an unknown person.
  'post /pilots': {
    kind: 'refused',
    path: '/pilots',
    body: (f) => ({
      name: 'Tenancy',
      badge: 'harbour_secret_badge',
      from: '2026-12-01',
      to: '2026-12-31',
      cohort: [f.person],
    }),
  },
  'get /pilots/:id': { kind: 'not-found', path: (f) => `/pilots/${f.pilot}` },
  'patch /pilots/:id': {
    kind: 'not-found',
    path: (f) => `/pilots/${f.pilot}`,
    body: () => ({ name: 'Renamed' }),
  },
  'get /pilots/:id/daily': { kind: 'not-found', path: (f) => `/pilots/${f.pilot}/daily` },
  'get /pilots/:id/daily.csv': { kind: 'not-found', path: (f) => `/pilots/${f.pilot}/daily.csv` },
  'get /partnerships': { kind: 'nothing-foreign', path: '/partnerships' },
  'get /partnerships/:id': { kind: 'not-found', path: (f) => `/partnerships/${f.partnership}` },
  'post /partnerships': {
    kind: 'refused',
    path: '/partnerships',
    // A client's people named in a proposal must be the client organisation's.
    body: (f) => ({
      clientOrganisationId: f.parks,
      chargeCentsPerHour: 100,
      clientPeople: [f.person],
    }),
  },
  'patch /partnerships/:id': {
    kind: 'not-found',
    path: (f) => `/partnerships/${f.partnership}`,
    body: () => ({ clientPeople: [] }),
  },
  'post /partnerships/:id/accept': {
    kind: 'not-found',
    path: (f) => `/partnerships/${f.partnership}/accept`,
  },
  'delete /partnerships/:id': { kind: 'not-found', path: (f) => `/partnerships/${f.partnership}` },
  'get /organisation/terms': { kind: 'nothing-foreign', path: '/organisation/terms' },
  'post /organisation/terms': {
    kind: 'nothing-foreign',
    path: '/organisation/terms',
    body: () => ({ chargeCentsPerHour: 1500, skills: ['riverside_only'] }),
    status: 201,
  },
  'get /terms': { kind: 'nothing-foreign', path: '/terms?limit=200' },
  'delete /terms/:id': { kind: 'not-found', path: (f) => `/terms/${f.terms}` },
  'post /terms/:id/accept': { kind: 'not-found', path: (f) => `/terms/${f.terms}/accept` },
  'get /shifts': { kind: 'nothing-foreign', path: '/shifts?limit=200' },
  'get /shifts/:id': { kind: 'not-found', path: (f) => `/shifts/${f.shift}` },
  'post /shifts': {
    kind: 'refused',
    path: '/shifts',
    body: (f) => ({
      place: 'Harbour pier',
      start: LATER(30),
      end: LATER(34),
      places: 1,
      supervisorId: f.supervisor,
    }),
  },
  'post /shifts/series': {
    kind: 'refused',
    path: '/shifts/series',
    body: (f) => ({
      place: 'Harbour pier',
      start: LATER(30),
      end: LATER(34),
      places: 1,
      supervisorId: f.supervisor,
      weeks: 2,
    }),
  },
  // Riverside's own shift: Harbour's workers (no partnership) are neither candidates nor excluded.
  'post /shifts/preview': {
    kind: 'nothing-foreign',
    path: '/shifts/preview',
    body: (f) => ({
      place: 'Riverside pier',
      start: LATER(30),
      end: LATER(34),
      places: 1,
      supervisorId: f.ownSupervisor,
    }),
  },
  'post /shifts/:id/cancel': { kind: 'not-found', path: (f) => `/shifts/${f.shift}/cancel` },
  'get /activity': { kind: 'nothing-foreign', path: '/activity?limit=200' },
  'get /messages': { kind: 'nothing-foreign', path: '/messages?limit=200' },
  'get /reports/summary': { kind: 'nothing-foreign', path: '/reports/summary' },
  'get /programmes': { kind: 'nothing-foreign', path: '/programmes' },
  'post /programmes': {
    kind: 'refused',
    path: '/programmes',
    body: (f) => ({
      name: 'Tenancy',
      slug: 'tenancy',
      budgetCents: 1,
      hourlyRateCents: 1,
      minutesPerParticipant: 1,
      supervisorIds: [f.supervisor],
    }),
  },
  'get /programmes/:id': { kind: 'not-found', path: (f) => `/programmes/${f.programme}` },
  'patch /programmes/:id': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}`,
    body: () => ({ name: 'Renamed' }),
  },
  'post /programmes/:id/participants': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}/participants`,
    body: (f) => ({ participants: [{ personId: f.person, payType: 'wage' }] }),
  },
  'delete /programmes/:id/participants/:personId': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}/participants/${f.person}`,
  },
  'get /programmes/:id/ledger': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}/ledger`,
  },
  'get /programmes/:id/report': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}/report`,
  },
  'get /programmes/:id/audit.csv': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}/audit.csv`,
  },
  'post /programmes/:id/broadcasts': {
    kind: 'not-found',
    path: (f) => `/programmes/${f.programme}/broadcasts`,
    body: () => ({ slots: 1, start: LATER(48), end: LATER(52), place: 'Harbour' }),
  },
  // The operator's: an organisation's key is refused before anything is read or written.
  'get /region/dashboard': { kind: 'nothing-foreign', path: '/region/dashboard', status: 403 },
  'get /region/organisations': {
    kind: 'nothing-foreign',
    path: '/region/organisations',
    status: 403,
  },
  'put /region/dashboard': {
    kind: 'nothing-foreign',
    path: '/region/dashboard',
    body: (f) => ({ figures: ['hoursWorked'], organisationIds: [f.parks], programmeIds: [] }),
    status: 403,
  },
  'get /services': { kind: 'nothing-foreign', path: '/services' },
  'post /services': {
    kind: 'nothing-foreign',
    path: '/services',
    // Harbour's key is free for Riverside: keys are unique within an organisation only.
    body: (_f, run) => ({
      key: run === 0 ? 'harbour-errands' : `harbour-errands-${run}`,
      names: { en: ['errands'] },
      defaultMinutes: 60,
    }),
    status: 201,
  },
  'get /services/:id': { kind: 'not-found', path: (f) => `/services/${f.service}` },
  'patch /services/:id': {
    kind: 'not-found',
    path: (f) => `/services/${f.service}`,
    body: () => ({ defaultMinutes: 30 }),
  },
  'delete /services/:id': { kind: 'not-found', path: (f) => `/services/${f.service}` },
  'get /shared-records': { kind: 'nothing-foreign', path: '/shared-records' },
  'get /shared-records/:personId': {
    kind: 'not-found',
    path: (f) => `/shared-records/${f.person}`,
  },
  'get /candidates': { kind: 'nothing-foreign', path: '/candidates?limit=200' },
  // Harbour's worker shares nothing with Riverside: not a candidate, not to be texted.
  'post /candidates/:personId/invitations': {
    kind: 'not-found',
    path: (f) => `/candidates/${f.person}/invitations`,
    body: () => ({ kind: 'talk', message: 'Riverside would like to talk' }),
  },
  'get /visit-requests': { kind: 'nothing-foreign', path: '/visit-requests' },
  'get /hand-offs': { kind: 'nothing-foreign', path: '/hand-offs' },
  'get /hand-offs/:id': { kind: 'not-found', path: (f) => `/hand-offs/${f.handOff}` },
  'post /hand-offs/:id/resolve': {
    kind: 'not-found',
    path: (f) => `/hand-offs/${f.handOff}/resolve`,
  },
};

/** How the matrix calls: as an API client does, and as the console's pages do. */
const CREDENTIALS = ['a Bearer key', "the console's cookie"] as const;

const ROUTES = API_RESOURCES.flatMap((r) => r.routes.map((route) => route));
const keyOf = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

describe('tenancy on every route of the admin API', () => {
  let w: ApiWorld;
  let f: Foreign;

  beforeAll(async () => {
    w = await startApiWorld();
    const { models } = w.h;
    const worker = await seedPerson(models, w.harbour, {
      name: 'Hugo Harbourworker',
      badges: ['harbour_secret_badge'],
    });
    const supervisor = await seedPerson(models, w.harbour, {
      name: 'Hilda Harboursupervisor',
      roles: [{ organisation: w.harbour._id, role: 'supervisor' }],
    });
    const ownSupervisor = await seedPerson(models, w.riverside, {
      name: 'Rosa Riversidesupervisor',
      roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
    });
    await seedPerson(models, w.riverside, { name: 'Rhea Riversideworker' });
    const shift = await postShift(w.h.shiftline.runtime, {
      organisationId: w.harbour.id,
      supervisorId: supervisor.id,
      place: 'Harbour pier 9',
      start: new Date(LATER(26)),
      end: new Date(LATER(30)),
      places: 1,
    });
    const partnership = await models.Partnership.create({
      provider: w.harbour._id,
      client: w.parks._id,
      chargeCentsPerHour: 1000,
    });
    const programme = await models.Programme.create({
      organisation: w.harbour._id,
      name: 'Harbour helpers',
      slug: 'harbour-helpers',
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      participants: [{ person: worker._id, payType: 'wage' }],
      supervisors: [supervisor._id],
      createdAt: new Date(),
    });
    const pilot = await models.Pilot.create({
      organisation: w.harbour._id,
      name: 'Harbour secret pilot',
      badge: 'harbour_secret_badge',
      cohort: [worker._id],
      from: '2026-12-01',
      to: '2026-12-31',
      createdBy: { key: w.harbour._id, name: 'harbour' },
      createdAt: new Date(),
    });
    const service = await models.Service.create({
      organisation: w.harbour._id,
      key: 'harbour-errands',
      names: { en: ['Harbour errands'], es: [], fr: [] },
      defaultMinutes: 90,
      createdAt: new Date(),
    });
    const client = await seedPerson(models, w.harbour, {
      name: 'Hattie Harbourclient',
      roles: [{ organisation: w.harbour._id, role: 'client' }],
    });
    const visitRequest = await models.VisitRequest.create({
      organisation: w.harbour._id,
      client: client._id,
      purpose: 'book',
      state: 'handed_off',
      transcript: [{ from: 'client', text: 'harbour secret errand', at: new Date() }],
      createdAt: new Date(),
    });
    const handOff = await models.HandOff.create({
      organisation: w.harbour._id,
      reason: 'not_understood',
      person: client._id,
      from: client.phone!,
      visitRequest: visitRequest._id,
      transcript: [{ from: 'client', text: 'harbour secret errand', at: new Date() }],
      openKey: `${w.harbour.id}:${client.phone}`,
      createdAt: new Date(),
    });
    // Hugo shares his record with Harbour only.
    await models.Share.create({
      person: worker._id,
      organisation: w.harbour._id,
      active: true,
      sharedAt: new Date(),
    });
    const terms = await models.PartnershipTerms.create({
      organisation: w.harbour._id,
      version: 1,
      chargeCentsPerHour: 4321,
      skills: ['harbour_secret_skill'],
      published: false,
      publishedAt: new Date(),
      closedAt: new Date(),
    });
    const key = await createApiKey(
      models,
      { organisation: w.harbour._id, role: 'read_only', name: 'harbour key' },
      new Date(),
    );
    f = {
      person: worker.id,
      supervisor: supervisor.id,
      ownSupervisor: ownSupervisor.id,
      shift: shift._id.toString(),
      partnership: partnership.id as string,
      apiKey: key.record._id.toString(),
      parks: w.parks.id,
      programme: programme.id as string,
      pilot: pilot.id as string,
      service: service.id as string,
      handOff: handOff.id as string,
      terms: terms.id as string,
      secrets: [
        terms.id as string,
        'harbour_secret_skill',
        handOff.id as string,
        visitRequest.id as string,
        'harbour secret errand',
        client.phone!.slice(1),
        service.id as string,
        'Harbour errands',
        programme.id as string,
        'Harbour helpers',
        pilot.id as string,
        'Harbour secret pilot',
        worker.id,
        supervisor.id,
        shift._id.toString(),
        partnership.id as string,
        w.harbour.id,
        'Hugo Harbourworker',
        'Hilda Harboursupervisor',
        'Harbour pier 9',
        'Harbour Care',
        worker.phone!.slice(1),
      ],
    };
    // Wait for the shift's offer to Hugo, so his thread and the shift's history have records.
    for (let i = 0; i < 100 && !(await models.OutboundMessage.exists({ person: worker._id })); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
  });
  afterAll(() => w.stop());

  it('has a tenancy case for every route, and no case for a route that is gone', () => {
    expect(Object.keys(CASES).sort()).toEqual(ROUTES.map(keyOf).sort());
  });

  it.each(
    CREDENTIALS.flatMap((credential, run) =>
      ROUTES.map((route) => [keyOf(route), credential, route, run] as const),
    ),
  )(
    '%s with %s: nothing of an unrelated organisation is seen or changed',
    async (name, credential, route, run) => {
      const admin =
        credential === 'a Bearer key'
          ? w.as(w.keys.riverside.admin)
          : w.asConsole(w.keys.riverside.admin);
      const spec = CASES[name];
      if (!spec) throw new Error(`no tenancy case for ${name}`);
      const before = JSON.stringify(await harbourRecords());
      if (spec.kind === 'not-found') {
        const res = await admin(route.method, spec.path(f), spec.body?.(f, run));
        expect({ name, status: res.status, body: res.body }).toMatchObject({ status: 404 });
      } else {
        const path = spec.path;
        const body = spec.body?.(f, run);
        const res = await admin(route.method, path, body);
        if (spec.kind === 'refused') {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
        } else {
          expect({ name, status: res.status }).toEqual({ name, status: spec.status ?? 200 });
        }
        const text = JSON.stringify(res.body);
        for (const secret of f.secrets)
          expect({ name, leaked: text.includes(secret) && secret }).toEqual({
            name,
            leaked: false,
          });
      }
      expect(JSON.stringify(await harbourRecords())).toBe(before);
    },
  );

  it.each(
    ROUTES.filter((route) => route.method !== 'get').map((route) => [keyOf(route), route] as const),
  )(
    "%s with the console's cookie but not its header: 403, nothing changed",
    async (name, route) => {
      const spec = CASES[name]!;
      const path = spec.kind === 'not-found' ? spec.path(f) : spec.path;
      const { origin, cookie } = consoleCredentials(w.h, w.keys.riverside.admin);
      const before = JSON.stringify(await everyRecord());
      const res = await fetch(`${w.base}/api/v1${path}`, {
        method: route.method.toUpperCase(),
        headers: { cookie: cookie!, origin: origin!, 'content-type': 'application/json' },
        body: JSON.stringify(spec.body?.(f, CREDENTIALS.length) ?? {}),
      });
      expect({ name, status: res.status }).toEqual({ name, status: 403 });
      expect(JSON.stringify(await everyRecord())).toBe(before);
    },
  );

  it("answers a Harbour person's number as a new person: Riverside sees what it gave, Harbour what it had", async () => {
    const harbourSide = w.as(w.keys.harbour.coordinator);
    const riversideSide = w.as(w.keys.riverside.coordinator);
    const hedda = await seedPerson(w.h.models, w.harbour, {
      name: 'Hedda Harbourworker',
      language: 'es',
      skills: ['harbour_crane'],
    });
    const before = await harbourSide('get', `/people/${hedda.id}`);
    const given = (phone: string) => ({ name: 'Tess', phone, language: 'en', roles: ['worker'] });
    const res = await riversideSide('post', '/people', given(hedda.phone!));
    const control = await riversideSide('post', '/people', given('+15557770102'));
    const { id: _id, phone: _phone, ...answer } = res.body;
    const { id: _controlId, phone: _controlPhone, ...controlAnswer } = control.body;
    expect({ status: res.status, answer }).toEqual({ status: 201, answer: controlAnswer });
    const seen = JSON.stringify(res.body);
    for (const theirs of ['Hedda Harbourworker', 'harbour_crane', w.harbour.id])
      expect({ theirs, seen: seen.includes(theirs) }).toEqual({ theirs, seen: false });
    expect(await harbourSide('get', `/people/${hedda.id}`)).toEqual(before);
  });

  it("answers Harbour as a report's partner exactly as an unknown organisation: 404, the same body", async () => {
    const reader = w.as(w.keys.riverside.read_only);
    const answer = async (partner: string) => {
      const res = await reader('get', `/reports/summary?partner=${partner}`);
      const { requestId: _requestId, ...body } = res.body;
      return { status: res.status, body };
    };
    const unknown = await answer('665f1c2ab3e4d5f6a7b8c9d9');

    expect(unknown.status).toBe(404);
    // Harbour itself, and the id of Harbour's partnership with Parks.
    for (const id of [w.harbour.id, f.partnership]) expect(await answer(id)).toEqual(unknown);
    const throughParks = await reader('get', `/reports/summary?partner=${f.parks}`);
    expect(throughParks.status).toBe(200);
    for (const secret of f.secrets) expect(JSON.stringify(throughParks.body)).not.toContain(secret);
  });

  it("answers a proposal naming Harbour's client, a person who is no client and no one at all alike", async () => {
    const admin = w.as(w.keys.riverside.admin);
    const harbourClient = await seedPerson(w.h.models, w.harbour, {
      name: 'Harriet Harbourclient',
      roles: [{ organisation: w.harbour._id, role: 'client' }],
    });
    const riversideWorker = await seedPerson(w.h.models, w.riverside, { name: 'Rory' });
    const nobody = '665f1c2ab3e4d5f6a7b8c9d9';
    const answers = [];
    for (const id of [harbourClient.id, riversideWorker.id, nobody]) {
      const res = await admin('post', '/partnerships', {
        clientOrganisationId: w.harbour.id,
        chargeCentsPerHour: 100,
        clientPeople: [id],
      });
      const { clientPeople, ...rest } = res.body;
      expect(clientPeople).toEqual([id]);
      answers.push({ status: res.status, body: rest });
      await admin('delete', `/partnerships/${res.body.id}`);
    }
    expect(answers[0]).toMatchObject({ status: 201 });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  /** Every organisation's records, Riverside's too, as stored. */
  async function everyRecord() {
    const { models } = w.h;
    return Promise.all([
      models.Organisation.find().sort({ _id: 1 }).lean(),
      models.Person.find().sort({ _id: 1 }).lean(),
      models.Shift.find().sort({ _id: 1 }).lean(),
      models.Partnership.find().sort({ _id: 1 }).lean(),
      models.ApiKey.find().sort({ _id: 1 }).lean(),
      models.Programme.find().sort({ _id: 1 }).lean(),
      models.Service.find().sort({ _id: 1 }).lean(),
      models.HandOff.find().sort({ _id: 1 }).lean(),
      models.PartnershipTerms.find().sort({ _id: 1 }).lean(),
      models.BadgeGrant.find().sort({ _id: 1 }).lean(),
      models.Pilot.find().sort({ _id: 1 }).lean(),
    ]);
  }

  /** Harbour's records as stored, to prove a refused or 404 write changed nothing. */
  async function harbourRecords() {
    const { models } = w.h;
    return Promise.all([
      models.Organisation.findById(w.harbour._id).lean(),
      models.Person.find({ organisation: w.harbour._id }).sort({ _id: 1 }).lean(),
      models.Shift.find({ organisation: w.harbour._id }).lean(),
      models.Partnership.find({ provider: w.harbour._id }).lean(),
      models.ApiKey.find({ organisation: w.harbour._id }).lean(),
      models.Programme.find({ organisation: w.harbour._id }).lean(),
      models.Service.find({ organisation: w.harbour._id }).lean(),
      models.VisitRequest.find({ organisation: w.harbour._id }).lean(),
      models.HandOff.find({ organisation: w.harbour._id }).lean(),
      models.PartnershipTerms.find({ organisation: w.harbour._id }).lean(),
      models.BadgeGrant.find({ organisation: w.harbour._id }).lean(),
      models.Pilot.find({ organisation: w.harbour._id }).lean(),
    ]);
  }
});

describe("tenancy on the console's own routes, with its cookie, in dev mode", () => {
  let w: ApiWorld;
  let hugo: { name: string; phone: string };
  let ana: { name: string; phone: string };
  const nobody = '+15557770199';

  /** Calls a console route as the console's pages do, signed in with `key`. */
  const asConsole = (key: string) => async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${w.base}${path}`, {
      method,
      headers: { ...consoleCredentials(w.h, key), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a page, not JSON
    }
    return { status: res.status, text, body: parsed as Record<string, unknown> };
  };
  const harbourSecrets = () => [hugo.name, hugo.phone.slice(1), 'Harbour Care', w.harbour.id];
  const expectNothingOfHarbour = (text: string) => {
    for (const secret of harbourSecrets())
      expect({ leaked: text.includes(secret) && secret }).toEqual({ leaked: false });
  };
  const phone = (p: string) => `/console/api/simulator/phones/${encodeURIComponent(p)}/messages`;

  beforeAll(async () => {
    w = await startApiWorld({ overrides: { NODE_ENV: 'development', DEV_MODE: 'true' } });
    const person = async (organisation: { _id: unknown }, name: string) => {
      const saved = await seedPerson(w.h.models, organisation, { name });
      return { name, phone: saved.phone as string };
    };
    hugo = await person(w.harbour, 'Hugo Harbourworker');
    ana = await person(w.riverside, 'Ana Riversideworker');
  });
  afterAll(() => w.stop());

  it('GET /console/session names the cookie’s organisation only', async () => {
    const res = await asConsole(w.keys.riverside.admin)('GET', '/console/session');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ organisationName: 'Riverside Outreach', role: 'admin' });
    expectNothingOfHarbour(res.text);
  });

  it("GET /console/queues (every organisation's jobs) is refused to an organisation's admin", async () => {
    const res = await asConsole(w.keys.riverside.admin)('GET', '/console/queues');
    expect(res.status).toBe(403);
    expectNothingOfHarbour(res.text);
  });

  it("GET /console/api/simulator/phones lists the cookie's organisation's people only", async () => {
    const res = await asConsole(w.keys.riverside.admin)('GET', '/console/api/simulator/phones');
    expect(res.status).toBe(200);
    expect(res.text).toContain(ana.name);
    expectNothingOfHarbour(res.text);
  });

  it("GET and POST /console/api/simulator/phones/:phone/messages answer Harbour's worker's phone as nobody's", async () => {
    const riverside = asConsole(w.keys.riverside.coordinator);
    const texted = () => w.h.models.InboundMessage.countDocuments({ from: hugo.phone });
    for (const [method, body] of [
      ['GET', undefined],
      ['POST', { body: 'YES' }],
    ] as const) {
      const harbours = await riverside(method, phone(hugo.phone), body);
      const nobodys = await riverside(method, phone(nobody), body);
      expect(harbours.status).toBe(404);
      expect({ ...harbours.body, requestId: null }).toEqual({ ...nobodys.body, requestId: null });
    }
    expect(await texted()).toBe(0);
    // The control: the cookie does reach its own people's phones.
    expect((await riverside('GET', phone(ana.phone))).status).toBe(200);
  });

  it('GET /console/api/simulator/clock says nothing of Harbour; POST is refused to an organisation', async () => {
    const riverside = asConsole(w.keys.riverside.admin);
    const read = await riverside('GET', '/console/api/simulator/clock');
    expect(read.status).toBe(200);
    expectNothingOfHarbour(read.text);
    const moved = await riverside('POST', '/console/api/simulator/clock', { advanceMinutes: 60 });
    expect(moved.status).toBe(403);
    const after = await riverside('GET', '/console/api/simulator/clock');
    expect(after.body.offsetMinutes).toBe(read.body.offsetMinutes);
  });

  it('DELETE /console/session signs out this browser only: the key still works', async () => {
    const res = await asConsole(w.keys.riverside.admin)('DELETE', '/console/session');
    expect(res.status).toBe(204);
    expect((await w.as(w.keys.harbour.read_only)('get', '/organisation')).status).toBe(200);
    expect((await w.as(w.keys.riverside.admin)('get', '/organisation')).status).toBe(200);
  });
});
