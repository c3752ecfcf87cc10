import { recordAim } from '../../../src/record/aims';
import { shareRecord, withdrawShare } from '../../../src/record/shares';
import { startApiWorld, type ApiAnswer, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

type Seeded = Awaited<ReturnType<typeof seedPerson>>;

const ids = (res: ApiAnswer) => res.body.items.map((c: { personId: string }) => c.personId);

describe('searching candidates: shared records and partners’ workers', () => {
  let w: ApiWorld;
  let sol: Seeded;
  let rita: Seeded;
  let paz: Seeded;
  let hal: Seeded;

  beforeAll(async () => {
    w = await startApiWorld();
    const { riverside, parks, harbour } = w;
    const { models } = w.h;
    // Sol (Riverside's) shares with Harbour; Rita (Riverside's) with Riverside only.
    sol = await seedPerson(models, riverside, {
      name: 'Sol Sharer',
      skills: ['forklift', 'first_aid'],
      address: '12 Elm St, Brooklyn, NY 11201',
    });
    rita = await seedPerson(models, riverside, { name: 'Rita Riverside', skills: ['forklift'] });
    // Paz works for Parks, whose workers serve Harbour's shifts.
    paz = await seedPerson(models, parks, {
      name: 'Paz Partner',
      skills: ['forklift'],
      address: '3 Oak Ave, Brooklyn',
    });
    hal = await seedPerson(models, harbour, { name: 'Hal Harbour', skills: ['forklift'] });
    await models.Partnership.create({
      provider: parks._id,
      client: harbour._id,
      chargeCentsPerHour: 1000,
    });
    const at = new Date();
    await shareRecord({ models }, { person: sol._id, organisation: harbour._id, by: 'text', at });
    await shareRecord(
      { models },
      { person: rita._id, organisation: riverside._id, by: 'text', at },
    );
  });
  afterAll(() => w.stop());

  const harbour = () => w.as(w.keys.harbour.read_only);

  it('finds only the people who shared with the caller and its providers’ workers', async () => {
    const res = await harbour()('get', '/candidates');
    expect(res.status).toBe(200);
    expect(ids(res).sort()).toEqual([sol.id, paz.id].sort());
    expect(ids(res)).not.toContain(rita.id);
    expect(ids(res)).not.toContain(hal.id);
    const riverside = await w.as(w.keys.riverside.read_only)('get', '/candidates');
    expect(ids(riverside)).toEqual([rita.id]);
  });

  it('ranks with the reasons shown, and shows a partner’s worker without a number or an area', async () => {
    const res = await harbour()('get', '/candidates?skills=forklift,first_aid&area=Brooklyn');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        personId: sol.id,
        rank: 1,
        via: 'shared',
        skills: ['first_aid', 'forklift'],
        badges: [],
        skillsMatched: ['forklift', 'first_aid'],
        areaMatched: true,
        reliability: expect.objectContaining({ percent: null }),
        reasons: [
          'skills: forklift, first_aid',
          'no shifts counted yet',
          'lives in Brooklyn',
          '0 h confirmed in all',
        ],
      }),
      expect.objectContaining({
        personId: paz.id,
        rank: 2,
        via: 'partner',
        skills: ['forklift'],
        skillsMatched: ['forklift'],
        areaMatched: false,
      }),
    ]);
    // No number, even of a person who shared their record: the record is not the number.
    for (const person of [sol, paz])
      expect(JSON.stringify(res.body)).not.toContain(person.phone!.slice(2));
    expect(JSON.stringify(res.body)).not.toContain('Oak Ave');
  });

  it('pages like other lists and refuses a half-given time with details', async () => {
    const first = await harbour()('get', '/candidates?limit=1');
    expect(first.body).toMatchObject({ hasMore: true });
    const next = await harbour()('get', `/candidates?limit=1&cursor=${first.body.nextCursor}`);
    expect([...ids(first), ...ids(next)].sort()).toEqual([sol.id, paz.id].sort());
    const bad = await harbour()('get', '/candidates?availableFrom=2026-12-07T09:00:00Z');
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ path: 'availableUntil' })]);
  });

  it('ranks first a sharer whose aim the work on offer answers, and keeps a partner’s worker’s aims unseen', async () => {
    const statedAt = new Date('2026-11-02T15:00:00Z');
    const steady = {
      kind: 'steady_job',
      text: 'I want a steady job',
      statedAt,
      by: 'self',
    } as const;
    await recordAim(w.h.models, sol._id, steady);
    await recordAim(w.h.models, paz._id, steady);
    const res = await harbour()('get', '/candidates?skills=forklift&aims=steady_job,more_hours');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        personId: sol.id,
        rank: 1,
        aims: [
          {
            kind: 'steady_job',
            text: 'I want a steady job',
            statedAt: statedAt.toISOString(),
            statedBy: 'self',
          },
        ],
        aimsMatched: ['steady_job'],
        reasons: expect.arrayContaining(['wants a steady job']),
      }),
      expect.objectContaining({ personId: paz.id, rank: 2, aims: [], aimsMatched: [] }),
    ]);
    expect(res.body.items[0].reasons[0]).toBe('wants a steady job');
  });

  it('refuses an aim the search cannot offer, and a try-this-work aim without the work', async () => {
    const other = await harbour()('get', '/candidates?aims=steady_job,other');
    expect(other.status).toBe(400);
    expect(other.body.details).toEqual([expect.objectContaining({ path: 'aims.1' })]);
    const noWork = await harbour()('get', '/candidates?aims=work_type');
    expect(noWork.status).toBe(400);
    expect(noWork.body.details).toEqual([
      expect.objectContaining({
        path: 'aims',
        message: 'work_type needs the work on offer in work',
      }),
    ]);
    const withWork = await harbour()('get', '/candidates?aims=work_type&work=nutrition');
    expect(withWork.status).toBe(200);
  });

  it('drops a person at once when they withdraw their share', async () => {
    await withdrawShare(
      { models: w.h.models },
      { person: sol._id, organisation: w.harbour._id, by: 'text', at: new Date() },
    );
    const res = await harbour()('get', '/candidates');
    expect(ids(res)).toEqual([paz.id]);
  });
});
