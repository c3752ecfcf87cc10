import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

const LATER = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('badges granted and withdrawn, with who, when and why', () => {
  let w: ApiWorld;
  let supervisor: string;

  beforeAll(async () => {
    w = await startApiWorld();
    const sup = await seedPerson(w.h.models, w.riverside, {
      name: 'Sol Supervisor',
      roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
    });
    supervisor = sup.id;
  });
  afterAll(() => w.stop());

  const coordinator = () => w.as(w.keys.riverside.coordinator);

  /** Whether posting a shift that requires `badge` would offer it to the person. */
  async function offeredOneNeeding(badge: string, person: string) {
    const preview = await coordinator()('post', '/shifts/preview', {
      place: 'Riverside clinic',
      start: LATER(50),
      end: LATER(52),
      places: 1,
      supervisorId: supervisor,
      requiredBadges: [badge],
    });
    expect(preview.status).toBe(200);
    return preview.body.candidates.some((c: { person: { id: string } }) => c.person.id === person);
  }

  it('grants a badge saying why: the person holds it, shifts needing it rank them, and the history names the key', async () => {
    const ana = await seedPerson(w.h.models, w.riverside, { name: 'Ana Badge' });
    expect(await offeredOneNeeding('social_prescriber', ana.id)).toBe(false);

    const res = await coordinator()('post', `/people/${ana.id}/badges`, {
      badge: 'social_prescriber',
      reason: 'Passed the social prescribing course',
    });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      personId: ana.id,
      badge: 'social_prescriber',
      change: 'granted',
      reason: 'Passed the social prescribing course',
      by: { keyId: expect.any(String), name: 'coordinator' },
      at: expect.any(String),
    });
    const person = await coordinator()('get', `/people/${ana.id}`);
    expect(person.body.badges).toEqual(['social_prescriber']);
    expect(await offeredOneNeeding('social_prescriber', ana.id)).toBe(true);
    const history = await w.as(w.keys.riverside.read_only)('get', `/people/${ana.id}/badges`);
    expect(history.body.items).toEqual([res.body]);
  });

  it('withdraws a badge saying why: shifts needing it no longer rank them, and the history keeps both', async () => {
    const ben = await seedPerson(w.h.models, w.riverside, {
      name: 'Ben Badge',
      badges: ['first_aid'],
    });
    const granted = await coordinator()('post', `/people/${ben.id}/badges`, {
      badge: 'social_prescriber',
      reason: 'Trained',
    });

    const res = await w.as(w.keys.riverside.admin)(
      'delete',
      `/people/${ben.id}/badges/social_prescriber`,
      { reason: 'Did not renew the certificate' },
    );

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      badge: 'social_prescriber',
      change: 'withdrawn',
      reason: 'Did not renew the certificate',
      by: { name: 'admin' },
    });
    expect((await coordinator()('get', `/people/${ben.id}`)).body.badges).toEqual(['first_aid']);
    expect(await offeredOneNeeding('social_prescriber', ben.id)).toBe(false);
    const history = await coordinator()('get', `/people/${ben.id}/badges`);
    expect(history.body.items).toEqual([res.body, granted.body]);
  });

  it('refuses a badge held already, a withdrawal of one not held, and either without a reason', async () => {
    const cy = await seedPerson(w.h.models, w.riverside, { name: 'Cy Badge', badges: ['held'] });
    const again = await coordinator()('post', `/people/${cy.id}/badges`, {
      badge: 'held',
      reason: 'Again',
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'state_conflict' } });
    const notHeld = await coordinator()('delete', `/people/${cy.id}/badges/never`, {
      reason: 'No',
    });
    expect(notHeld.status).toBe(404);
    const noReason = await coordinator()('post', `/people/${cy.id}/badges`, { badge: 'new' });
    expect(noReason.body.details.map((d: { path: string }) => d.path)).toEqual(['reason']);
    const noReasonToWithdraw = await coordinator()('delete', `/people/${cy.id}/badges/held`, {});
    expect(noReasonToWithdraw.status).toBe(400);
    expect(await w.h.models.BadgeGrant.countDocuments({ person: cy._id })).toBe(0);
  });

  it("does not let a client organisation badge a partner's worker", async () => {
    const dee = await seedPerson(w.h.models, w.riverside, { name: 'Dee Partner' });
    const res = await w.as(w.keys.parks.coordinator)('post', `/people/${dee.id}/badges`, {
      badge: 'parks_trained',
      reason: 'Parks says so',
    });
    expect(res.status).toBe(404);
    expect((await coordinator()('get', `/people/${dee.id}`)).body.badges).toEqual([]);
  });
});
