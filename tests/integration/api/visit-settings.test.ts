import { DEFAULT_VISIT_SETTINGS } from '../../../src/domain/visit/types';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

describe("the organisation's visit settings in the organisation API", () => {
  let w: ApiWorld;
  let supervisor: string;
  let worker: string;
  let harbourSupervisor: string;
  beforeAll(async () => {
    w = await startApiWorld();
    const m = w.h.models;
    supervisor = (
      await seedPerson(m, w.riverside, {
        name: 'Sam',
        roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
      })
    ).id;
    worker = (await seedPerson(m, w.riverside, { name: 'Wes' })).id;
    harbourSupervisor = (
      await seedPerson(m, w.harbour, {
        name: 'Hilda',
        roles: [{ organisation: w.harbour._id, role: 'supervisor' }],
      })
    ).id;
  });
  afterAll(() => w.stop());

  const admin = () => w.as(w.keys.riverside.admin);

  it('shows the defaults and no visit supervisor before anything is set', async () => {
    const res = await w.as(w.keys.riverside.read_only)('get', '/organisation');
    expect(res.body.visitSettings).toEqual(DEFAULT_VISIT_SETTINGS);
    expect(res.body.visitSupervisorId).toBeNull();
  });

  it('changes only the fields a PATCH names, keeping the others as stored', async () => {
    const res = await admin()('patch', '/organisation', {
      visitSettings: { maxLeadDays: 30, dayWindows: { morning: ['08:00', '11:00'] } },
    });
    expect(res.status).toBe(200);
    const expected = {
      ...DEFAULT_VISIT_SETTINGS,
      maxLeadDays: 30,
      dayWindows: { ...DEFAULT_VISIT_SETTINGS.dayWindows, morning: ['08:00', '11:00'] },
    };
    expect(res.body.visitSettings).toEqual(expected);
    const again = await admin()('patch', '/organisation', {
      visitSettings: { minLeadMinutes: 60 },
    });
    expect(again.body.visitSettings).toEqual({ ...expected, minLeadMinutes: 60 });
    const stored = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(stored?.visitSettings).toMatchObject({ minLeadMinutes: 60, maxLeadDays: 30 });
  });

  it.each([
    [
      'a window that ends before it starts',
      { dayWindows: { evening: ['20:00', '17:00'] } },
      'visitSettings.dayWindows.evening',
    ],
    [
      'a time that is not HH:MM',
      { dayWindows: { afternoon: ['1pm', '17:00'] } },
      'visitSettings.dayWindows.afternoon.0',
    ],
    [
      'an earliest booking later than the latest',
      { minLeadMinutes: 3 * 24 * 60, maxLeadDays: 2 },
      'visitSettings.minLeadMinutes',
    ],
    ['a negative lead', { minLeadMinutes: -1 }, 'visitSettings.minLeadMinutes'],
    ['an unknown field', { maxLeadHours: 4 }, 'visitSettings'],
  ])('refuses %s with a 400 naming the field, changing nothing', async (_what, patch, path) => {
    const before = await w.h.models.Organisation.findById(w.riverside._id).lean();
    const res = await admin()('patch', '/organisation', { visitSettings: patch });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
    const after = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(after?.visitSettings).toEqual(before?.visitSettings);
  });

  it('refuses a lead that disagrees with the stored maximum, not only with one in the same PATCH', async () => {
    // maxLeadDays is 30 from the earlier test: 31 days of minimum lead is past it.
    const res = await admin()('patch', '/organisation', {
      visitSettings: { minLeadMinutes: 31 * 24 * 60 },
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual([
      'visitSettings.minLeadMinutes',
    ]);
  });

  it('sets a supervisor of the organisation as visit supervisor, and clears it with null', async () => {
    const res = await admin()('patch', '/organisation', { visitSupervisorId: supervisor });
    expect(res.status).toBe(200);
    expect(res.body.visitSupervisorId).toBe(supervisor);
    const cleared = await admin()('patch', '/organisation', { visitSupervisorId: null });
    expect(cleared.body.visitSupervisorId).toBeNull();
    const stored = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(stored?.visitSupervisor).toBeUndefined();
  });

  it("refuses as visit supervisor a worker, or another organisation's supervisor", async () => {
    for (const id of [worker, harbourSupervisor]) {
      const res = await admin()('patch', '/organisation', { visitSupervisorId: id });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ path: 'visitSupervisorId' })]);
    }
    const stored = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(stored?.visitSupervisor).toBeUndefined();
  });
});
