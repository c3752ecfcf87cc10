import type { Person } from '../../../src/models/person';
import { startApiWorld, type ApiAnswer, type ApiWorld } from '../../support/api';
import { seedPerson, testNumber } from '../../support/seed';

type Seeded = Awaited<ReturnType<typeof seedPerson>>;

const names = (res: ApiAnswer) => res.body.items.map((p: { name: string }) => p.name);
const fields = (res: ApiAnswer) => res.body.details.map((d: { path: string }) => d.path).sort();
/** +15551234567 → (555) 123-4567, as a coordinator would type it. */
const typed = (e164: string) => `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`;

describe('the people API', () => {
  let w: ApiWorld;
  let ana: Seeded;
  let bruno: Seeded;
  let jo: Seeded;
  let sam: Seeded;
  let pat: Seeded;
  let hana: Seeded;

  beforeAll(async () => {
    w = await startApiWorld();
    const { riverside, parks, harbour } = w;
    ana = await seedPerson(w.h.models, riverside, {
      name: 'Ana Lima',
      whatsapp: testNumber(),
      language: 'es',
      employmentType: 'full_time',
      skills: ['first_aid'],
    });
    bruno = await seedPerson(w.h.models, riverside, { name: 'bruno Costa' });
    jo = await seedPerson(w.h.models, riverside, {
      name: 'J. (Jo) Smith*',
      employmentType: 'on_call',
      roles: [
        { organisation: harbour._id, role: 'coordinator' },
        { organisation: riverside._id, role: 'worker' },
      ],
    });
    sam = await seedPerson(w.h.models, riverside, {
      name: 'Sam Supervisor',
      roles: [{ organisation: riverside._id, role: 'supervisor' }],
    });
    pat = await seedPerson(w.h.models, parks, {
      name: 'Pat Client',
      roles: [{ organisation: parks._id, role: 'client' }],
    });
    await seedPerson(w.h.models, parks, {
      name: 'Pia Parks',
      roles: [{ organisation: parks._id, role: 'coordinator' }],
    });
    hana = await seedPerson(w.h.models, harbour, { name: 'Hana Harbour' });
  });
  afterAll(() => w.stop());

  const riverside = () => w.as(w.keys.riverside.coordinator);
  const parks = () => w.as(w.keys.parks.coordinator);
  const stored = (id: unknown) => w.h.models.Person.findById(id).orFail().lean<Person>();

  describe('reading', () => {
    it("lists the organisation's own people by name, never a client's or a stranger's", async () => {
      const res = await w.as(w.keys.riverside.read_only)('get', '/people');
      expect(res.status).toBe(200);
      expect(names(res)).toEqual(['Ana Lima', 'bruno Costa', 'J. (Jo) Smith*', 'Sam Supervisor']);
      expect(res.body).toMatchObject({ hasMore: false, nextCursor: null });
      expect(res.body.items.every((p: { shared: boolean }) => !p.shared)).toBe(true);
    });

    it("shows a client organisation its provider's workers read-only, without their numbers", async () => {
      const res = await w.as(w.keys.parks.read_only)('get', '/people');
      expect(names(res)).toEqual([
        'Ana Lima',
        'bruno Costa',
        'J. (Jo) Smith*',
        'Pat Client',
        'Pia Parks',
      ]);
      const byName = new Map(res.body.items.map((p: { name: string }) => [p.name, p]));
      expect(byName.get('Ana Lima')).toMatchObject({ shared: true, phone: null, whatsapp: null });
      expect(byName.get('Pat Client')).toMatchObject({ shared: false, phone: pat.phone });
    });

    it('answers one person with everything a coordinator needs', async () => {
      const res = await riverside()('get', `/people/${ana.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: ana.id,
        name: 'Ana Lima',
        phone: ana.phone,
        whatsapp: ana.whatsapp,
        channel: 'sms',
        language: 'es',
        organisationId: w.riverside.id,
        roles: [{ organisationId: w.riverside.id, role: 'worker' }],
        employmentType: 'full_time',
        skills: ['first_aid'],
        badges: [],
        availability: 'anytime',
        address: null,
        accessNotes: null,
        aims: [],
        optedOut: false,
        shared: false,
      });
    });

    it("answers 404 for a person of another organisation, a client's or a partner's non-worker", async () => {
      expect((await riverside()('get', `/people/${hana.id}`)).status).toBe(404);
      expect((await riverside()('get', `/people/${pat.id}`)).status).toBe(404);
      expect((await parks()('get', `/people/${sam.id}`)).status).toBe(404);
      expect((await parks()('get', `/people/${hana.id}`)).status).toBe(404);
      expect((await w.as(w.keys.harbour.admin)('get', `/people/${ana.id}`)).status).toBe(404);
    });

    it("shows a partner's worker to the client as shared, without numbers", async () => {
      const res = await parks()('get', `/people/${ana.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'Ana Lima',
        shared: true,
        phone: null,
        whatsapp: null,
      });
    });

    it('shows roles only in organisations the caller knows', async () => {
      const own = await riverside()('get', `/people/${jo.id}`);
      expect(own.body.roles).toEqual([{ organisationId: w.riverside.id, role: 'worker' }]);
      const shared = await parks()('get', `/people/${jo.id}`);
      expect(shared.body.roles).toEqual([{ organisationId: w.riverside.id, role: 'worker' }]);
    });

    it('filters by role, language, employment type and skill', async () => {
      const list = async (query: string, call = riverside()) =>
        names(await call('get', `/people?${query}`));
      expect(await list('role=supervisor')).toEqual(['Sam Supervisor']);
      expect(await list('language=es')).toEqual(['Ana Lima']);
      expect(await list('employmentType=on_call')).toEqual(['J. (Jo) Smith*']);
      expect(await list('skill=first_aid')).toEqual(['Ana Lima']);
      expect(await list('role=coordinator')).toEqual([]);
      expect(await list('role=worker', parks())).toEqual([
        'Ana Lima',
        'bruno Costa',
        'J. (Jo) Smith*',
      ]);
      expect(await list('role=client', parks())).toEqual(['Pat Client']);
    });

    it('finds names by any part, ignoring case and taking regex characters literally', async () => {
      const find = async (q: string) => {
        const res = await riverside()('get', `/people?q=${encodeURIComponent(q)}`);
        expect(res.status).toBe(200);
        return names(res);
      };
      expect(await find('ANA')).toEqual(['Ana Lima']);
      expect(await find('(jo)')).toEqual(['J. (Jo) Smith*']);
      expect(await find('*')).toEqual(['J. (Jo) Smith*']);
      expect(await find('.*')).toEqual([]);
      expect(await find('[')).toEqual([]);
    });

    it('pages through the list with a cursor, by name', async () => {
      const first = await riverside()('get', '/people?limit=3');
      expect(names(first)).toEqual(['Ana Lima', 'bruno Costa', 'J. (Jo) Smith*']);
      expect(first.body.hasMore).toBe(true);
      const next = await riverside()('get', `/people?limit=3&cursor=${first.body.nextCursor}`);
      expect(names(next)).toEqual(['Sam Supervisor']);
      expect(next.body).toMatchObject({ hasMore: false, nextCursor: null });
    });

    it('refuses bad filters and ids with a 400 naming them', async () => {
      const res = await riverside()('get', '/people?role=boss&limit=0');
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['limit', 'role']);
      const bad = await riverside()('get', '/people/nope');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['id']);
    });
  });

  describe('adding', () => {
    it('lets a coordinator add a person, reading the number as typed', async () => {
      const res = await riverside()('post', '/people', {
        name: 'Nadia New',
        phone: '(555) 010-0123',
        roles: ['worker', 'worker'],
        skills: ['driving'],
        availability: [{ weekday: 1, start: '09:00', end: '17:00' }],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'Nadia New',
        phone: '+15550100123',
        whatsapp: null,
        channel: 'sms',
        organisationId: w.riverside.id,
        roles: [{ organisationId: w.riverside.id, role: 'worker' }],
        skills: ['driving'],
        availability: [{ weekday: 1, start: '09:00', end: '17:00' }],
        optedOut: false,
        shared: false,
      });
      expect((await riverside()('get', `/people/${res.body.id}`)).body).toEqual(res.body);
    });

    it('refuses an invalid person with a 400 naming each field', async () => {
      const res = await riverside()('post', '/people', {
        name: ' ',
        phone: 'call me',
        roles: [],
        availability: [
          { weekday: 7, start: '09:00', end: '10:00' },
          { weekday: 1, start: '10:00', end: '09:00' },
        ],
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual([
        'availability.0.weekday',
        'availability.1.end',
        'name',
        'phone',
        'roles',
      ]);
    });

    it("needs a number on the person's channel", async () => {
      const res = await riverside()('post', '/people', {
        name: 'Wes',
        phone: testNumber(),
        channel: 'whatsapp',
        roles: ['worker'],
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['whatsapp']);
    });

    it('never lets the API opt a person in or out', async () => {
      const res = await riverside()('post', '/people', {
        name: 'Olga',
        phone: testNumber(),
        roles: ['worker'],
        optedOut: false,
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.details)).toContain('optedOut');
    });

    it('answers 409 for the number of one of its own people, however typed', async () => {
      const taken = [
        { phone: typed(ana.phone!) },
        { phone: testNumber(), whatsapp: ana.whatsapp! },
      ];
      for (const numbers of taken) {
        const res = await riverside()('post', '/people', {
          name: 'Copy',
          roles: ['worker'],
          ...numbers,
        });
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({
          code: 'already_exists',
          message: 'phone already belongs to another person',
        });
      }
      expect(await w.h.models.Person.countDocuments({ name: 'Copy' })).toBe(0);
    });

    describe("another organisation's person, added by their number", () => {
      const harbour = () => w.as(w.keys.harbour.coordinator);
      const seedHarbourWorker = () =>
        seedPerson(w.h.models, w.harbour, {
          name: 'Hedda Harbourworker',
          whatsapp: testNumber(),
          language: 'es',
          employmentType: 'full_time',
          skills: ['harbour_crane'],
          badges: ['harbour_badge'],
          availability: [{ weekday: 2, start: '06:00', end: '10:00' }],
        });
      const given = (phone: string) => ({
        name: 'Hedda H.',
        phone,
        language: 'fr',
        roles: ['supervisor'],
        employmentType: 'on_call',
        skills: ['driving'],
        availability: [{ weekday: 4, start: '12:00', end: '16:00' }],
      });
      const withoutIdAndPhone = ({ id: _id, phone: _phone, ...rest }: Record<string, unknown>) =>
        rest;

      it('is answered exactly as a new person: 201 with what the caller gave, nothing of the other organisation', async () => {
        const hedda = await seedHarbourWorker();
        const res = await riverside()('post', '/people', given(typed(hedda.phone!)));
        const control = await riverside()('post', '/people', given(testNumber()));
        expect(res.status).toBe(201);
        expect(control.status).toBe(201);
        expect(withoutIdAndPhone(res.body)).toEqual(withoutIdAndPhone(control.body));
        expect(res.body).toMatchObject({ id: hedda.id, phone: hedda.phone });
        const seen = JSON.stringify([
          res.body,
          (await riverside()('get', `/people/${hedda.id}`)).body,
          (await riverside()('get', '/people?limit=200')).body,
        ]);
        for (const theirs of ['Hedda Harbourworker', w.harbour.id, hedda.whatsapp!, 'harbour_'])
          expect({ theirs, seen: seen.includes(theirs) }).toEqual({ theirs, seen: false });
        expect((await riverside()('get', `/people/${hedda.id}`)).body).toEqual(res.body);
      });

      it('keeps an address and access notes per organisation, each seeing only its own', async () => {
        const hedda = await seedHarbourWorker();
        await w.h.models.Person.updateOne(
          { _id: hedda._id },
          { $set: { address: '1 Harbour Row, Brooklyn, NY 11201', accessNotes: 'gate code 1234' } },
        );
        const added = await riverside()('post', '/people', {
          ...given(hedda.phone!),
          address: '9 River St, Apt 2, Queens, NY 11101',
        });
        expect(added.body).toMatchObject({
          address: '9 River St, Apt 2, Queens, NY 11101',
          accessNotes: null,
        });
        const changed = await riverside()('patch', `/people/${hedda.id}`, {
          address: null,
          accessNotes: 'side door',
        });
        expect(changed.body).toMatchObject({ address: null, accessNotes: 'side door' });
        expect((await harbour()('get', `/people/${hedda.id}`)).body).toMatchObject({
          address: '1 Harbour Row, Brooklyn, NY 11201',
          accessNotes: 'gate code 1234',
        });
        const seen = JSON.stringify((await riverside()('get', '/people?limit=200')).body);
        for (const theirs of ['Harbour Row', 'gate code'])
          expect({ theirs, seen: seen.includes(theirs) }).toEqual({ theirs, seen: false });
      });

      it('refuses an empty address with a 400 naming the field', async () => {
        const res = await riverside()('post', '/people', { ...given(testNumber()), address: ' ' });
        expect(res.status).toBe(400);
        expect(JSON.stringify(res.body)).toContain('address');
      });

      it("leaves the first organisation's view as it was, through the other's additions and changes", async () => {
        const hedda = await seedHarbourWorker();
        const before = (await harbour()('get', `/people/${hedda.id}`)).body;
        expect(before).toMatchObject({ name: 'Hedda Harbourworker', skills: ['harbour_crane'] });
        await riverside()('post', '/people', given(hedda.phone!));
        const changed = await riverside()('patch', `/people/${hedda.id}`, {
          name: 'Hedda R.',
          language: 'en',
          skills: ['cooking'],
          roles: ['worker'],
        });
        expect(changed.status).toBe(200);
        expect(changed.body).toMatchObject({
          name: 'Hedda R.',
          language: 'en',
          skills: ['cooking'],
          organisationId: w.riverside.id,
          roles: [{ organisationId: w.riverside.id, role: 'worker' }],
        });
        expect((await harbour()('get', `/people/${hedda.id}`)).body).toEqual(before);
        const person = await stored(hedda._id);
        expect(person).toMatchObject({ name: 'Hedda Harbourworker', language: 'es' });
        expect(person.roles.map((r) => `${r.organisation.toString()} ${r.role}`).sort()).toEqual(
          [`${w.harbour.id} worker`, `${w.riverside.id} worker`].sort(),
        );
      });

      it('answers 409 when the caller adds them a second time: they are its own person now', async () => {
        const hedda = await seedHarbourWorker();
        expect((await riverside()('post', '/people', given(hedda.phone!))).status).toBe(201);
        const again = await riverside()('post', '/people', given(hedda.phone!));
        expect(again.status).toBe(409);
      });
    });

    it('keeps adding people to coordinators: a read-only key gets 403', async () => {
      const res = await w.as(w.keys.riverside.read_only)('post', '/people', {
        name: 'Rita',
        phone: testNumber(),
        roles: ['worker'],
      });
      expect(res.status).toBe(403);
    });
  });

  describe('changing', () => {
    const seedKim = () =>
      seedPerson(w.h.models, w.riverside, {
        name: 'Kim',
        whatsapp: testNumber(),
        roles: [
          { organisation: w.harbour._id, role: 'coordinator' },
          { organisation: w.riverside._id, role: 'worker' },
        ],
      });

    it('changes a person and their roles here, keeping their roles elsewhere', async () => {
      const kim = await seedKim();
      const res = await riverside()('patch', `/people/${kim.id}`, {
        roles: ['supervisor', 'worker'],
        language: 'fr',
        availability: [{ weekday: 6, start: '18:00', end: '24:00' }],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        language: 'fr',
        availability: [{ weekday: 6, start: '18:00', end: '24:00' }],
      });
      expect(res.body.roles.map((r: { role: string }) => r.role).sort()).toEqual([
        'supervisor',
        'worker',
      ]);
      await riverside()('patch', `/people/${kim.id}`, { roles: ['supervisor'] });
      const roles = (await stored(kim._id)).roles.map((r) => ({
        organisation: r.organisation.toString(),
        role: r.role,
      }));
      expect(roles).toEqual(
        expect.arrayContaining([
          { organisation: w.harbour.id, role: 'coordinator' },
          { organisation: w.riverside.id, role: 'supervisor' },
        ]),
      );
      expect(roles).toHaveLength(2);
    });

    it("clears a number with null, but never the one the person's channel needs", async () => {
      const kim = await seedKim();
      const res = await riverside()('patch', `/people/${kim.id}`, {
        channel: 'whatsapp',
        phone: null,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ channel: 'whatsapp', phone: null, whatsapp: kim.whatsapp });
      expect(await stored(kim._id)).not.toHaveProperty('phone');
      const refused = await riverside()('patch', `/people/${kim.id}`, { whatsapp: null });
      expect(refused.status).toBe(400);
      expect(fields(refused)).toEqual(['whatsapp']);
    });

    it("answers 409 when a change takes another person's number, and keeps the old one", async () => {
      const kim = await seedKim();
      const res = await riverside()('patch', `/people/${kim.id}`, { phone: typed(bruno.phone!) });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'already_exists',
        message: 'phone already belongs to another person',
      });
      expect((await stored(kim._id)).phone).toBe(kim.phone);
    });

    describe('a new number that someone the caller does not know has', () => {
      const withoutIdAndNumbers = ({
        id: _i,
        phone: _p,
        whatsapp: _w,
        ...rest
      }: Record<string, unknown>) => rest;
      const callers = { riverside, parks };
      /**
       * Twin people of the caller's, one given the held number, the other a number nobody has,
       * and the two answers.
       */
      async function bothAnswers(
        caller: keyof typeof callers,
        field: 'phone' | 'whatsapp',
        held: string,
        extra: Record<string, unknown> = {},
      ) {
        const organisation = caller === 'parks' ? w.parks : w.riverside;
        const twin = () =>
          seedPerson(w.h.models, organisation, { name: 'Twin', whatsapp: testNumber(), ...extra });
        const [heldTwin, freeTwin] = [await twin(), await twin()];
        const patch = (id: string, number: string) =>
          callers[caller]()('patch', `/people/${id}`, { [field]: typed(number), name: 'Twin R.' });
        return {
          twin: heldTwin,
          res: await patch(heldTwin.id, held),
          control: await patch(freeTwin.id, testNumber()),
        };
      }
      const expectAlike = (res: ApiAnswer, control: ApiAnswer) =>
        expect({ status: res.status, body: withoutIdAndNumbers(res.body) }).toEqual({
          status: control.status,
          body: withoutIdAndNumbers(control.body),
        });

      it.each([
        ['another organisation’s person’s phone', 'riverside', 'phone', () => hana.phone!],
        ['a partner’s worker’s phone, seen without numbers', 'parks', 'phone', () => ana.phone!],
        ['a partner’s worker’s WhatsApp', 'parks', 'whatsapp', () => ana.whatsapp!],
      ] as const)('is answered as a number nobody has: %s', async (_what, caller, field, held) => {
        const { twin, res, control } = await bothAnswers(caller, field, held());
        expectAlike(res, control);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: twin.id, [field]: held() });
        expect((await callers[caller]()('get', `/people/${twin.id}`)).body).toEqual(res.body);
      });

      it('is answered the same for a person shared with another organisation', async () => {
        const roles = [
          { organisation: w.harbour._id, role: 'coordinator' },
          { organisation: w.riverside._id, role: 'worker' },
        ];
        const { res, control } = await bothAnswers('riverside', 'phone', hana.phone!, { roles });
        expectAlike(res, control);
      });

      it("touches nobody else's person, and keeps texting the number the person had, by the name given", async () => {
        const harbour = () => w.as(w.keys.harbour.coordinator);
        const before = await stored(hana._id);
        const harbourView = (await harbour()('get', `/people/${hana.id}`)).body;
        const { twin } = await bothAnswers('riverside', 'phone', hana.phone!);
        expect(await stored(hana._id)).toEqual(before);
        expect((await harbour()('get', `/people/${hana.id}`)).body).toEqual(harbourView);
        // The number the person had, by the name given.
        expect(await stored(twin._id)).toMatchObject({ phone: twin.phone, name: 'Twin R.' });
      });

      it('is answered the same to an organisation with a role in a person another made, whose view stays', async () => {
        // Harbour has a role in these Riverside people: its changes are its own record's.
        const roles = [
          { organisation: w.harbour._id, role: 'coordinator' },
          { organisation: w.riverside._id, role: 'worker' },
        ];
        const twin = () => seedPerson(w.h.models, w.riverside, { name: 'Twin', roles });
        const [heldTwin, freeTwin] = [await twin(), await twin()];
        const riversideView = (await riverside()('get', `/people/${heldTwin.id}`)).body;
        const harbour = w.as(w.keys.harbour.coordinator);
        const patch = (id: string, phone: string) =>
          harbour('patch', `/people/${id}`, { phone, name: 'Twin H.' });
        expectAlike(await patch(heldTwin.id, bruno.phone!), await patch(freeTwin.id, testNumber()));
        expect((await riverside()('get', `/people/${heldTwin.id}`)).body).toEqual(riversideView);
      });

      it('keeps later changes seen, and a later free number reaches the person', async () => {
        const { twin } = await bothAnswers('riverside', 'phone', hana.phone!);
        const free = testNumber();
        const res = await riverside()('patch', `/people/${twin.id}`, {
          phone: free,
          skills: ['cooking'],
        });
        expect(res.body).toMatchObject({ phone: free, skills: ['cooking'], name: 'Twin R.' });
        expect(await stored(twin._id)).toMatchObject({ phone: free });
        const own = await riverside()('patch', `/people/${twin.id}`, {
          phone: typed(bruno.phone!),
        });
        expect(own.status).toBe(409);
        const heldAgain = await riverside()('patch', `/people/${twin.id}`, { phone: hana.phone });
        expect(heldAgain.body).toMatchObject({ phone: hana.phone, skills: ['cooking'] });
        expect(await stored(twin._id)).toMatchObject({ phone: free });
      });
    });

    it('refuses to change opt-out, an empty change or a bad field, naming it', async () => {
      const kim = await seedKim();
      await w.h.models.Person.updateOne({ _id: kim._id }, { $set: { optedOut: true } });
      const optIn = await riverside()('patch', `/people/${kim.id}`, { optedOut: false });
      expect(optIn.status).toBe(400);
      expect(JSON.stringify(optIn.body.details)).toContain('optedOut');
      expect((await stored(kim._id)).optedOut).toBe(true);
      const empty = await riverside()('patch', `/people/${kim.id}`, {});
      expect(empty.status).toBe(400);
      const bad = await riverside()('patch', `/people/${kim.id}`, { availability: 'sometimes' });
      expect(fields(bad)).toEqual(['availability']);
    });

    it('answers 404 for a shared worker, a client organisation’s person or a stranger', async () => {
      expect((await parks()('patch', `/people/${ana.id}`, { name: 'Hacked' })).status).toBe(404);
      expect((await riverside()('patch', `/people/${pat.id}`, { name: 'Hacked' })).status).toBe(
        404,
      );
      expect((await riverside()('patch', `/people/${hana.id}`, { name: 'Hacked' })).status).toBe(
        404,
      );
      expect(await w.h.models.Person.countDocuments({ name: 'Hacked' })).toBe(0);
    });

    it('keeps changes to coordinators: a read-only key gets 403', async () => {
      const res = await w.as(w.keys.riverside.read_only)('patch', `/people/${bruno.id}`, {
        name: 'Bruno',
      });
      expect(res.status).toBe(403);
      expect((await stored(bruno._id)).name).toBe('bruno Costa');
    });
  });

  it('documents every people route in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${w.base}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/v1/people'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/people/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch']),
    );
  });
});
