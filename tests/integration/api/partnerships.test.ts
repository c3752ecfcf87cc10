import { startApiWorld, type ApiAnswer, type ApiWorld } from '../../support/api';
import { seedOrganisation, seedPerson } from '../../support/seed';
import { createApiKey } from '../../../src/http/api/v1/auth/api-keys';

type Seeded = Awaited<ReturnType<typeof seedPerson>>;

const fields = (res: ApiAnswer) => res.body.details.map((d: { path: string }) => d.path).sort();

describe('the partnerships API', () => {
  let w: ApiWorld;
  let lakeside: Awaited<ReturnType<typeof seedOrganisation>>;
  let pat: Seeded;
  let lou: Seeded;
  let riversideWithParks: string;

  beforeAll(async () => {
    w = await startApiWorld();
    lakeside = await seedOrganisation(w.h.models, { name: 'Lakeside Homes', smsNumbers: [] });
    pat = await seedPerson(w.h.models, w.parks, {
      name: 'Pat Client',
      roles: [{ organisation: w.parks._id, role: 'client' }],
    });
    lou = await seedPerson(w.h.models, lakeside, {
      name: 'Lou Client',
      roles: [{ organisation: lakeside._id, role: 'client' }],
    });
    const existing = await w.h.models.Partnership.findOne({ provider: w.riverside._id }).orFail();
    riversideWithParks = existing.id as string;
  });
  afterAll(() => w.stop());

  const riverside = () => w.as(w.keys.riverside.admin);
  const parks = () => w.as(w.keys.parks.admin);
  const harbour = () => w.as(w.keys.harbour.admin);

  describe('reading', () => {
    it('lists a partnership to both sides, each told which side it is on', async () => {
      const asProvider = await w.as(w.keys.riverside.read_only)('get', '/partnerships');
      expect(asProvider.status).toBe(200);
      expect(asProvider.body).toEqual({
        items: [
          {
            id: riversideWithParks,
            provider: { id: w.riverside.id, name: 'Riverside Outreach' },
            client: { id: w.parks.id, name: 'City Parks' },
            chargeCentsPerHour: 2500,
            clientPeople: [],
            side: 'provider',
            pending: false,
            awaiting: null,
            terms: null,
            endedAt: null,
          },
        ],
        hasMore: false,
        nextCursor: null,
      });
      const asClient = await w.as(w.keys.parks.read_only)('get', '/partnerships');
      expect(asClient.body.items).toEqual([
        expect.objectContaining({ id: riversideWithParks, side: 'client' }),
      ]);
    });

    it('lists nothing to an organisation outside the partnership', async () => {
      const res = await harbour()('get', '/partnerships');
      expect(res.body).toEqual({ items: [], hasMore: false, nextCursor: null });
    });

    it('answers one partnership to either side and 404 to anyone else', async () => {
      const one = await parks()('get', `/partnerships/${riversideWithParks}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: riversideWithParks, side: 'client' });
      expect((await harbour()('get', `/partnerships/${riversideWithParks}`)).status).toBe(404);
    });

    it('refuses a malformed id or paging with a 400 naming it', async () => {
      expect(fields(await riverside()('get', '/partnerships/42'))).toEqual(['id']);
      expect(fields(await riverside()('get', '/partnerships?limit=-1'))).toEqual(['limit']);
    });
  });

  describe('setting up', () => {
    it('lets an admin make the caller the provider of another organisation', async () => {
      const res = await riverside()('post', '/partnerships', {
        clientOrganisationId: lakeside.id,
        chargeCentsPerHour: 3100,
        clientPeople: [lou.id],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        provider: { id: w.riverside.id, name: 'Riverside Outreach' },
        client: { id: lakeside.id, name: 'Lakeside Homes' },
        chargeCentsPerHour: 3100,
        clientPeople: [lou.id],
        side: 'provider',
      });
      const stored = await w.h.models.Partnership.findById(res.body.id).orFail().lean();
      expect(stored.provider.toString()).toBe(w.riverside.id);
    });

    it('answers 409 for a partnership that already exists', async () => {
      const res = await riverside()('post', '/partnerships', {
        clientOrganisationId: w.parks.id,
        chargeCentsPerHour: 1,
      });
      expect(res.status).toBe(409);
      const stored = await w.h.models.Partnership.findById(riversideWithParks).orFail().lean();
      expect(stored.chargeCentsPerHour).toBe(2500);
    });

    it('refuses a partnership with itself or a bad charge, naming the field', async () => {
      const self = await riverside()('post', '/partnerships', {
        clientOrganisationId: w.riverside.id,
        chargeCentsPerHour: 100,
      });
      expect(self.status).toBe(400);
      expect(fields(self)).toEqual(['clientOrganisationId']);
      const charge = await riverside()('post', '/partnerships', {
        clientOrganisationId: w.harbour.id,
        chargeCentsPerHour: -1,
      });
      expect(fields(charge)).toEqual(['chargeCentsPerHour']);
    });

    it("checks client people for the client alone, when it accepts: the provider learns nothing of another organisation's people", async () => {
      const res = await harbour()('post', '/partnerships', {
        clientOrganisationId: w.parks.id,
        chargeCentsPerHour: 2000,
        clientPeople: [pat.id, lou.id],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ clientPeople: [pat.id, lou.id], pending: true });
      const path = `/partnerships/${res.body.id}`;
      const refused = await parks()('post', `${path}/accept`);
      expect(refused.status).toBe(400);
      expect(fields(refused)).toEqual(['clientPeople.1']);
      expect((await parks()('get', path)).body.pending).toBe(true);
      expect((await harbour()('patch', path, { clientPeople: [pat.id] })).status).toBe(200);
      const accepted = await parks()('post', `${path}/accept`);
      expect(accepted.body).toMatchObject({ pending: false, clientPeople: [pat.id] });
    });

    it('answers 404 for an organisation that does not exist', async () => {
      const res = await riverside()('post', '/partnerships', {
        clientOrganisationId: '0123456789abcdef01234567',
        chargeCentsPerHour: 100,
      });
      expect(res.status).toBe(404);
    });

    it('keeps partnerships to admins: a coordinator gets 403', async () => {
      const res = await w.as(w.keys.riverside.coordinator)('post', '/partnerships', {
        clientOrganisationId: w.harbour.id,
        chargeCentsPerHour: 100,
      });
      expect(res.status).toBe(403);
    });
  });

  describe('changing and ending', () => {
    it('lets the provider change the client people of a partnership in force', async () => {
      const res = await riverside()('patch', `/partnerships/${riversideWithParks}`, {
        clientPeople: [pat.id],
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ chargeCentsPerHour: 2500, clientPeople: [pat.id] });
      const stored = await w.h.models.Partnership.findById(riversideWithParks).orFail().lean();
      expect(stored.clientPeople.map(String)).toEqual([pat.id]);
    });

    it('keeps the charge the client accepted: changing it answers 409', async () => {
      const res = await riverside()('patch', `/partnerships/${riversideWithParks}`, {
        chargeCentsPerHour: 2750,
      });
      expect(res.status).toBe(409);
      const stored = await w.h.models.Partnership.findById(riversideWithParks).orFail().lean();
      expect(stored.chargeCentsPerHour).toBe(2500);
    });

    it('answers the client side 403: only the provider changes a partnership', async () => {
      const res = await parks()('patch', `/partnerships/${riversideWithParks}`, {
        chargeCentsPerHour: 0,
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        code: 'forbidden',
        message: 'only the provider organisation can change a partnership',
      });
    });

    it('answers 404 to an organisation outside the partnership, for changes and ends', async () => {
      const path = `/partnerships/${riversideWithParks}`;
      expect((await harbour()('patch', path, { chargeCentsPerHour: 0 })).status).toBe(404);
      expect((await harbour()('delete', path)).status).toBe(404);
      const stored = await w.h.models.Partnership.findById(riversideWithParks).orFail().lean();
      expect(stored.chargeCentsPerHour).not.toBe(0);
    });

    it('refuses an empty change', async () => {
      const empty = await riverside()('patch', `/partnerships/${riversideWithParks}`, {});
      expect(empty.status).toBe(400);
      expect(empty.body.message).toBe('invalid body');
    });

    it('keeps changes and ends to admins: a coordinator gets 403', async () => {
      const path = `/partnerships/${riversideWithParks}`;
      const coordinator = w.as(w.keys.riverside.coordinator);
      expect((await coordinator('patch', path, { chargeCentsPerHour: 1 })).status).toBe(403);
      expect((await coordinator('delete', path)).status).toBe(403);
    });

    it('lets the client side end a partnership, answering what was ended, the same when ended again', async () => {
      const made = await parks()('post', '/partnerships', {
        clientOrganisationId: w.harbour.id,
        chargeCentsPerHour: 1800,
      });
      expect(made.status).toBe(201);
      const path = `/partnerships/${made.body.id}`;
      expect((await riverside()('get', path)).status).toBe(404);
      expect((await harbour()('post', `${path}/accept`)).status).toBe(200);
      const ended = await harbour()('delete', path);
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({
        id: made.body.id,
        side: 'client',
        endedAt: expect.any(String),
      });
      expect(await harbour()('delete', path)).toEqual(ended);
      expect((await harbour()('get', path)).body).toEqual(ended.body);
      expect((await parks()('patch', path, { clientPeople: [] })).status).toBe(409);
      expect((await harbour()('post', `${path}/accept`)).status).toBe(409);
      const stored = await w.h.models.Partnership.findById(made.body.id).orFail().lean();
      expect(stored.endedAt).toBeInstanceOf(Date);
    });

    it('shares nothing once ended, and proposing again proposes the ended one anew', async () => {
      // Proposed under 'setting up' above.
      const { id } = await w.h.models.Partnership.findOne({
        provider: w.riverside._id,
        client: lakeside._id,
      }).orFail();
      const lakesideAdmin = w.as(
        (
          await createApiKey(
            w.h.models,
            { organisation: lakeside._id, role: 'admin', name: 'l' },
            new Date(),
          )
        ).key,
      );
      await lakesideAdmin('post', `/partnerships/${id}/accept`);
      const worker = await seedPerson(w.h.models, w.riverside, { name: 'Rhea Riverside' });
      expect((await lakesideAdmin('get', `/people/${worker.id}`)).status).toBe(200);
      expect((await riverside()('delete', `/partnerships/${id}`)).status).toBe(200);
      expect((await lakesideAdmin('get', `/people/${worker.id}`)).status).toBe(404);
      const again = await riverside()('post', '/partnerships', {
        clientOrganisationId: lakeside.id,
        chargeCentsPerHour: 1200,
      });
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({
        id,
        chargeCentsPerHour: 1200,
        pending: true,
        endedAt: null,
      });
      const twice = await riverside()('post', '/partnerships', {
        clientOrganisationId: lakeside.id,
        chargeCentsPerHour: 1200,
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('already_exists');
    });
  });

  describe('proposing and accepting', () => {
    it("shares nothing until the client's admin accepts, then shares the provider's workers", async () => {
      const worker = await seedPerson(w.h.models, w.harbour, { name: 'Hana Harbour' });
      const made = await harbour()('post', '/partnerships', {
        clientOrganisationId: lakeside.id,
        chargeCentsPerHour: 2200,
      });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ pending: true, side: 'provider' });
      const lakesideAdmin = w.as(
        (
          await createApiKey(
            w.h.models,
            { organisation: lakeside._id, role: 'admin', name: 'a' },
            new Date(),
          )
        ).key,
      );
      const supervisor = await seedPerson(w.h.models, lakeside, {
        name: 'Sol Supervisor',
        roles: [{ organisation: lakeside._id, role: 'supervisor' }],
      });
      const postShift = (hours: number) =>
        lakesideAdmin('post', '/shifts', {
          place: 'Lakeside Homes, room 4',
          start: new Date(Date.now() + hours * 3_600_000).toISOString(),
          end: new Date(Date.now() + (hours + 2) * 3_600_000).toISOString(),
          places: 1,
          supervisorId: supervisor.id,
        });
      expect((await lakesideAdmin('get', `/people/${worker.id}`)).status).toBe(404);
      expect((await postShift(30)).body.offers).toEqual([]);
      const proposals = await lakesideAdmin('get', '/partnerships');
      expect(proposals.body.items).toContainEqual(
        expect.objectContaining({ id: made.body.id, side: 'client', pending: true }),
      );

      const accepted = await lakesideAdmin('post', `/partnerships/${made.body.id}/accept`);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ pending: false });
      const seen = await lakesideAdmin('get', `/people/${worker.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ name: 'Hana Harbour', shared: true, phone: null });
      const offered = (await postShift(50)).body.offers.map(
        (o: { person: { name: string } }) => o.person.name,
      );
      expect(offered).toEqual(['Hana Harbour']);
    });

    it('lets only the client side accept, once', async () => {
      const made = await riverside()('post', '/partnerships', {
        clientOrganisationId: w.harbour.id,
        chargeCentsPerHour: 1500,
      });
      const path = `/partnerships/${made.body.id}/accept`;
      expect((await riverside()('post', path)).status).toBe(403);
      expect((await parks()('post', path)).status).toBe(404);
      expect((await w.as(w.keys.harbour.coordinator)('post', path)).status).toBe(403);
      const accepted = await harbour()('post', path);
      expect(accepted.status).toBe(200);
      // Accepting again changes nothing and answers the same.
      expect(await harbour()('post', path)).toEqual(accepted);
    });

    it('lets the provider change the charge while the proposal waits', async () => {
      const made = await parks()('post', '/partnerships', {
        clientOrganisationId: lakeside.id,
        chargeCentsPerHour: 1000,
      });
      const res = await parks()('patch', `/partnerships/${made.body.id}`, {
        chargeCentsPerHour: 1200,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ chargeCentsPerHour: 1200, pending: true });
    });
  });
});
