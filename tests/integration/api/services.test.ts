import { startApiWorld, type ApiWorld } from '../../support/api';
import { loadCatalogue, loadService } from '../../../src/visits/catalogue';

const groceries = {
  key: 'groceries',
  names: {
    en: ['groceries', 'shopping', 'grocery shopping'],
    es: ['compras', 'mandado'],
    fr: ['courses'],
  },
  defaultMinutes: 120,
  hours: [{ weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '19:00' }],
  requiredSkills: ['driving'],
};

describe('the services API', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld();
    await w.h.models.Service.create({
      organisation: w.harbour._id,
      key: 'harbour-secret-service',
      names: { en: ['harbour secret'], es: [], fr: [] },
      defaultMinutes: 60,
      createdAt: new Date(),
    });
  });
  afterAll(() => w.stop());

  const coordinator = () => w.as(w.keys.riverside.coordinator);
  const readOnly = () => w.as(w.keys.riverside.read_only);

  it('lets a coordinator add a service and lists only the organisation own services', async () => {
    const res = await coordinator()('post', '/services', groceries);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...groceries, active: true });
    expect(res.body.id).toMatch(/^[0-9a-f]{24}$/);

    const list = await readOnly()('get', '/services');
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { key: string }) => s.key)).toEqual(['groceries']);
    expect(JSON.stringify(list.body)).not.toContain('harbour');

    const one = await readOnly()('get', `/services/${res.body.id}`);
    expect(one.body).toMatchObject({ key: 'groceries', defaultMinutes: 120 });
  });

  it('answers 409 when the key is taken in the organisation, but another organisation may use it', async () => {
    const again = await coordinator()('post', '/services', {
      ...groceries,
      names: { en: ['errands'] },
    });
    expect(again.status).toBe(409);
    const harbour = await w.as(w.keys.harbour.coordinator)('post', '/services', groceries);
    expect(harbour.status).toBe(201);
  });

  it.each([
    ['an empty synonym', { en: ['meal', '  '] }, 'names.en.1'],
    ['the same synonym twice', { es: ['comida', 'Comida'] }, 'names.es'],
    ['no name in any language', { en: [], es: [], fr: [] }, 'names'],
    ['a name without a letter', { fr: ['12'] }, 'names.fr.0'],
    ['a language Shiftline does not speak', { de: ['Essen'] }, 'names'],
  ])('refuses %s with a 400 naming the field', async (_what, names, path) => {
    const res = await coordinator()('post', '/services', {
      key: 'meal',
      names,
      defaultMinutes: 90,
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(await w.h.models.Service.exists({ organisation: w.riverside._id, key: 'meal' })).toBe(
      null,
    );
  });

  it('refuses a bad key, a length out of 15–720 minutes and hours that close before they open', async () => {
    const res = await coordinator()('post', '/services', {
      key: 'Meal Help',
      names: { en: ['meal'] },
      defaultMinutes: 721,
      hours: [
        { weekdays: [1], opens: '17:00', closes: '08:00' },
        { weekdays: [7], opens: '08:00', closes: '09:00' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'defaultMinutes',
      'hours.0.closes',
      'hours.1.weekdays.0',
      'key',
    ]);
    const short = await coordinator()('post', '/services', {
      key: 'meal',
      names: { en: ['meal'] },
      defaultMinutes: 10,
    });
    expect(short.status).toBe(400);
  });

  it('changes names, length and hours with a PATCH (languages not named kept), and never the key', async () => {
    const created = await coordinator()('post', '/services', {
      key: 'visit',
      names: { en: ['visit'] },
      defaultMinutes: 60,
    });
    const id = created.body.id as string;
    const res = await coordinator()('patch', `/services/${id}`, {
      names: { en: ['visit', 'company'], es: ['visita'], fr: ['visite'] },
      defaultMinutes: 45,
      hours: [{ weekdays: [0, 6], opens: '10:00', closes: '16:00' }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: 'visit',
      names: { en: ['visit', 'company'], es: ['visita'], fr: ['visite'] },
      defaultMinutes: 45,
      hours: [{ weekdays: [0, 6], opens: '10:00', closes: '16:00' }],
    });
    const spanish = await coordinator()('patch', `/services/${id}`, {
      names: { es: ['visita', 'compañía'] },
    });
    expect(spanish.body.names).toEqual({
      en: ['visit', 'company'],
      es: ['visita', 'compañía'],
      fr: ['visite'],
    });
    const nameless = await coordinator()('patch', `/services/${id}`, {
      names: { en: [], es: [], fr: [] },
    });
    expect(nameless.status).toBe(400);
    expect(nameless.body.details).toEqual([expect.objectContaining({ path: 'names' })]);
    expect((await w.h.models.Service.findById(id).lean())?.names.fr).toEqual(['visite']);
    const rekey = await coordinator()('patch', `/services/${id}`, { key: 'other' });
    expect(rekey.status).toBe(400);
    expect((await coordinator()('patch', `/services/${id}`, {})).status).toBe(400);
  });

  it('deactivates on DELETE, keeping the record; ?active= filters and active: true brings it back', async () => {
    const created = await coordinator()('post', '/services', {
      key: 'medical',
      names: { en: ['doctor', 'clinic'] },
      defaultMinutes: 150,
    });
    const id = created.body.id as string;
    const gone = await coordinator()('delete', `/services/${id}`);
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ key: 'medical', active: false });
    expect(await w.h.models.Service.findById(id).lean()).toMatchObject({ active: false });

    const keys = async (query: string) =>
      (await readOnly()('get', `/services${query}`)).body.items.map((s: { key: string }) => s.key);
    expect(await keys('?active=true')).not.toContain('medical');
    expect(await keys('?active=false')).toEqual(['medical']);
    expect(await keys('')).toContain('medical');
    expect((await readOnly()('get', '/services?active=maybe')).status).toBe(400);

    const back = await coordinator()('patch', `/services/${id}`, { active: true });
    expect(back.body.active).toBe(true);
    await coordinator()('delete', `/services/${id}`);
  });

  it('lets a read-only key read services but not add, change or withdraw one', async () => {
    const [service] = (await readOnly()('get', '/services')).body.items as { id: string }[];
    expect(service).toBeDefined();
    expect((await readOnly()('get', `/services/${service!.id}`)).status).toBe(200);
    expect(
      (await readOnly()('post', '/services', { ...groceries, key: 'read-only-write' })).status,
    ).toBe(403);
    expect(
      (await readOnly()('patch', `/services/${service!.id}`, { defaultMinutes: 30 })).status,
    ).toBe(403);
    expect((await readOnly()('delete', `/services/${service!.id}`)).status).toBe(403);
    expect(await w.h.models.Service.findById(service!.id).lean()).toMatchObject({ active: true });
  });

  it("answers 404 for another organisation's service", async () => {
    const harbour = await w.h.models.Service.findOne({ key: 'harbour-secret-service' }).lean();
    const path = `/services/${harbour!._id.toString()}`;
    expect((await readOnly()('get', path)).status).toBe(404);
    expect((await coordinator()('patch', path, { defaultMinutes: 30 })).status).toBe(404);
    expect((await coordinator()('delete', path)).status).toBe(404);
    expect(await w.h.models.Service.findById(harbour!._id).lean()).toMatchObject({
      active: true,
      defaultMinutes: 60,
    });
  });

  it('gives the visit parser the active services only, with their key as id', async () => {
    const catalogue = await loadCatalogue(w.h.models, w.riverside._id);
    expect(catalogue.map((entry) => entry.id)).toEqual(['groceries', 'visit']);
    expect(catalogue[0]).toEqual({
      id: 'groceries',
      names: groceries.names,
      defaultMinutes: 120,
      hours: groceries.hours,
    });
    expect(catalogue[1]?.hours).toEqual([{ weekdays: [0, 6], opens: '10:00', closes: '16:00' }]);
    const medical = await loadService(w.h.models, w.riverside.id, 'medical');
    expect(medical).toMatchObject({ key: 'medical', active: false, defaultMinutes: 150 });
    expect((await loadService(w.h.models, w.riverside.id, 'groceries'))?.requiredSkills).toEqual([
      'driving',
    ]);
    expect(await loadService(w.h.models, w.riverside.id, 'harbour-secret-service')).toBeNull();
  });
});
