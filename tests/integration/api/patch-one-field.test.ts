import { API_RESOURCES } from '../../../src/http/api/v1';
import { startApiWorld, type ApiWorld, type Call } from '../../support/api';
import { seedPerson, testNumber } from '../../support/seed';

/**
 * A PATCH naming one field changes that field and nothing else: every other field of the record
 * reads back as it was (zod 4 fills a .default() in under .partial(), which once reset a
 * programme's work types, coordinators and next-steps text on a rename).
 */
interface PatchCase {
  /** Makes the record with every field away from its default; answers its path. */
  setUp(w: ApiWorld): Promise<string>;
  /** One-field PATCH bodies, each changing one field (or one language of one). */
  patches: Array<Record<string, unknown>>;
  /** Who changes it: Riverside's admin unless said. */
  caller?: (w: ApiWorld) => Call;
}

const CASES: Record<string, PatchCase> = {
  'patch /organisation': {
    setUp: async (w) => {
      const res = await w.as(w.keys.riverside.admin)('patch', '/organisation', {
        terminology: { en: { shift: 'visit' }, es: { shift: 'visita' } },
        quietHours: { start: '22:00', end: '07:00' },
        reminderMinutesBefore: [90],
        visitSettings: { maxLeadDays: 20, dayWindows: { morning: ['07:00', '11:00'] } },
      });
      expect(res.status).toBe(200);
      return '/organisation';
    },
    patches: [
      { contact: '555-0199' },
      { graceMinutes: 7 },
      { terminology: { fr: { shift: 'mission' } } },
      { visitSettings: { minLeadMinutes: 30 } },
      { visitSettings: { dayWindows: { evening: ['18:00', '21:00'] } } },
    ],
  },
  'patch /people/:id': {
    setUp: async (w) => {
      const person = await seedPerson(w.h.models, w.riverside, {
        name: 'Patchy Person',
        whatsapp: testNumber(),
        language: 'fr',
        employmentType: 'full_time',
        skills: ['first_aid'],
        badges: ['cleared'],
        availability: [{ weekday: 1, start: '09:00', end: '17:00' }],
      });
      return `/people/${person.id}`;
    },
    patches: [{ name: 'Patched Person' }, { skills: ['driving'] }, { language: 'es' }],
  },
  'patch /partnerships/:id': {
    setUp: async (w) => {
      const res = await w.as(w.keys.harbour.admin)('post', '/partnerships', {
        clientOrganisationId: w.riverside.id,
        chargeCentsPerHour: 1900,
        clientPeople: [
          (
            await seedPerson(w.h.models, w.riverside, {
              name: 'Cli',
              roles: [{ organisation: w.riverside._id, role: 'client' }],
            })
          ).id,
        ],
      });
      expect(res.status).toBe(201);
      return `/partnerships/${res.body.id}`;
    },
    patches: [{ chargeCentsPerHour: 2100 }, { clientPeople: [] }],
    // The provider changes a proposal.
    caller: (w) => w.as(w.keys.harbour.admin),
  },
  'patch /programmes/:id': {
    setUp: async (w) => {
      const staff = await seedPerson(w.h.models, w.riverside, { name: 'Prog Staff' });
      const res = await w.as(w.keys.riverside.admin)('post', '/programmes', {
        name: 'Spring work',
        slug: 'spring-work',
        budgetCents: 50_000,
        hourlyRateCents: 1_800,
        minutesPerParticipant: 300,
        workTypes: [{ id: 'litter', names: { en: 'litter', es: 'basura', fr: 'déchets' } }],
        supervisorIds: [staff.id],
        coordinatorIds: [staff.id],
        nextStepsMessage: { en: 'Call us.', es: 'Llámenos.', fr: 'Appelez-nous.' },
      });
      expect(res.status).toBe(201);
      return `/programmes/${res.body.id}`;
    },
    patches: [
      { name: 'Spring guaranteed work' },
      { budgetCents: 60_000 },
      { nextStepsMessage: { es: 'Llame al 555-0100.' } },
    ],
  },
  'patch /pilots/:id': {
    setUp: async (w) => {
      const member = await seedPerson(w.h.models, w.riverside, { name: 'Pilot Member' });
      const res = await w.as(w.keys.riverside.coordinator)('post', '/pilots', {
        name: 'Winter trial',
        badge: 'social_prescriber',
        from: '2027-01-04',
        to: '2027-02-26',
        cohort: [member.id],
      });
      expect(res.status).toBe(201);
      return `/pilots/${res.body.id}`;
    },
    // addCohort and removeCohort are changes, not fields: the pilots test reads them back.
    patches: [{ name: 'Spring trial' }, { to: '2027-03-31' }],
  },
  'patch /services/:id': {
    setUp: async (w) => {
      const res = await w.as(w.keys.riverside.coordinator)('post', '/services', {
        key: 'patch-errands',
        names: { en: ['errands'], es: ['recados'], fr: ['courses'] },
        defaultMinutes: 90,
        hours: [{ weekdays: [1, 2], opens: '09:00', closes: '17:00' }],
        requiredSkills: ['driving'],
      });
      expect(res.status).toBe(201);
      return `/services/${res.body.id}`;
    },
    patches: [{ defaultMinutes: 60 }, { names: { fr: ['commissions'] } }, { active: false }],
  },
};

/** `before` with `patch` laid over it: objects merge key by key, anything else is replaced. */
function over(before: unknown, patch: unknown): unknown {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(before) || !isObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(patch)) merged[key] = over(before[key], value);
  return merged;
}

const PATCH_ROUTES = API_RESOURCES.flatMap((r) => r.routes)
  .filter((route) => route.method === 'patch')
  .map((route) => `patch ${route.path}`);

describe('a PATCH naming one field changes that field only', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld();
  });
  afterAll(() => w.stop());

  it('has a case for every PATCH route', () => {
    expect(Object.keys(CASES).sort()).toEqual(PATCH_ROUTES.sort());
  });

  it.each(Object.entries(CASES))('%s', async (_name, spec) => {
    const path = await spec.setUp(w);
    const call: Call = spec.caller?.(w) ?? w.as(w.keys.riverside.admin);
    const read = async () => {
      const res = await call('get', path);
      expect(res.status).toBe(200);
      return res.body as unknown;
    };
    for (const patch of spec.patches) {
      const before = await read();
      const res = await call('patch', path, patch);
      expect({ patch, status: res.status }).toEqual({ patch, status: 200 });
      expect({ patch, after: await read() }).toEqual({ patch, after: over(before, patch) });
    }
  });
});
