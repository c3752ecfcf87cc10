import { z } from 'zod';
import { API_RESOURCES } from '../../../src/http/api/v1';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedOrganisation, seedPerson } from '../../support/seed';

const LATER = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
/** One instant that many records share, so pages must end inside it without losing one. */
const SAME = new Date(Date.now() - 3_600_000);

interface Item {
  id?: string;
  at?: string;
  [field: string]: unknown;
}

/** Every list of the admin API: a route answering a page. */
const LISTS = API_RESOURCES.flatMap((r) => r.routes)
  .filter((route) => z.globalRegistry.get(route.response)?.id?.endsWith('Page'))
  .map((route) => `${route.method} ${route.path}`);

describe('one way to page every list: limit, cursor, hasMore, nextCursor', () => {
  let w: ApiWorld;
  const paths: Record<string, string> = {};

  beforeAll(async () => {
    w = await startApiWorld();
    const m = w.h.models;
    const admin = w.as(w.keys.riverside.admin);
    const staff = await seedPerson(m, w.riverside, {
      name: 'Stella Staff',
      roles: [
        { organisation: w.riverside._id, role: 'supervisor' },
        { organisation: w.riverside._id, role: 'coordinator' },
        { organisation: w.riverside._id, role: 'client' },
      ],
    });
    for (const name of ['Ada', 'ada', 'Bea', 'Cy', 'Di']) {
      const worker = await seedPerson(m, w.riverside, {
        name,
        roles: [{ organisation: w.riverside._id, role: 'worker' }],
      });
      // Four share their record with Riverside, at the same instant (the cursor's tie-break).
      if (name !== 'Di')
        await m.Share.create({
          person: worker._id,
          organisation: w.riverside._id,
          active: true,
          sharedAt: SAME,
        });
    }
    for (const name of ['Lake One', 'Lake Two', 'Lake Three']) {
      const client = await seedOrganisation(m, { name, smsNumbers: [] });
      await m.Partnership.create({
        provider: w.riverside._id,
        client: client._id,
        chargeCentsPerHour: 1,
      });
    }
    for (const hours of [30, 30, 31, 32])
      expect(
        (
          await admin('post', '/shifts', {
            place: `Shift at ${hours}`,
            start: LATER(hours),
            end: LATER(hours + 2),
            places: 1,
            supervisorId: staff.id,
          })
        ).status,
      ).toBe(201);
    for (const slug of ['p-one', 'p-two', 'p-three'])
      await m.Programme.create({
        organisation: w.riverside._id,
        name: slug,
        slug,
        budgetCents: 1,
        hourlyRateCents: 1,
        minutesPerParticipant: 1,
        supervisors: [staff._id],
        createdAt: SAME,
      });
    for (const name of ['Pilot one', 'Pilot two', 'Pilot three'])
      await m.Pilot.create({
        organisation: w.riverside._id,
        name,
        badge: 'one',
        cohort: [staff._id],
        from: '2026-12-01',
        to: '2026-12-31',
        createdBy: { key: staff._id, name: 'admin' },
        createdAt: SAME,
      });
    for (const key of ['errands', 'groceries', 'laundry'])
      await m.Service.create({
        organisation: w.riverside._id,
        key,
        names: { en: [key], es: [], fr: [] },
        defaultMinutes: 60,
        createdAt: SAME,
      });
    for (const badge of ['one', 'two', 'three'])
      await m.BadgeGrant.create({
        organisation: w.riverside._id,
        person: staff._id,
        badge,
        change: 'granted',
        reason: 'Paging',
        by: { key: staff._id, name: 'admin' },
        at: SAME,
      });
    // Three versions of Riverside's terms, and three organisations' published terms.
    for (let version = 1; version <= 3; version++)
      await m.PartnershipTerms.create({
        organisation: w.riverside._id,
        version,
        chargeCentsPerHour: version,
        published: version === 3,
        publishedAt: SAME,
      });
    for (const organisation of [w.parks, w.harbour])
      await m.PartnershipTerms.create({
        organisation: organisation._id,
        version: 1,
        chargeCentsPerHour: 1,
        published: true,
        publishedAt: SAME,
      });
    for (let i = 0; i < 3; i++) {
      await m.VisitRequest.create({
        organisation: w.riverside._id,
        client: staff._id,
        purpose: 'book',
        state: 'expired',
        createdAt: SAME,
      });
      await m.HandOff.create({
        organisation: w.riverside._id,
        reason: 'unknown_number',
        from: `+1555000000${i}`,
        createdAt: SAME,
      });
    }
    for (let i = 0; i < 4; i++) {
      await m.InboundMessage.create({
        messageSid: `SMpage${i}`,
        channel: 'sms',
        from: staff.phone!,
        to: '+15005550006',
        body: `in ${i}`,
        outcome: 'unknown',
        receivedAt: SAME,
        organisation: w.riverside._id,
        person: staff._id,
      });
      await m.OutboundMessage.create({
        dedupeKey: `page-${i}`,
        organisation: w.riverside._id,
        person: staff._id,
        key: 'offer',
        language: 'en',
        body: `out ${i}`,
        createdAt: SAME,
      });
    }
    Object.assign(paths, {
      'get /organisations': '/organisations',
      'get /api-keys': '/api-keys',
      'get /people': '/people',
      'get /people/:id/messages': `/people/${staff.id}/messages`,
      'get /people/:id/badges': `/people/${staff.id}/badges`,
      'get /messages': '/messages',
      'get /partnerships': '/partnerships',
      'get /organisation/terms': '/organisation/terms',
      'get /terms': '/terms',
      'get /shifts': '/shifts',
      'get /activity': '/activity',
      'get /programmes': '/programmes',
      'get /pilots': '/pilots',
      'get /services': '/services',
      'get /visit-requests': '/visit-requests',
      'get /hand-offs': '/hand-offs',
      'get /shared-records': '/shared-records',
      // The four records shared with Riverside, ranked (equal: by name, then id).
      'get /candidates': '/candidates',
    });
  });
  afterAll(() => w.stop());

  const get = (path: string) => w.as(w.keys.riverside.admin)('get', path);
  const join = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`;

  it('has a case for every list', () => {
    expect(Object.keys(paths).sort()).toEqual(LISTS.sort());
  });

  it.each([1, 2, 3])(
    'walks every list %i at a time to exactly the items of one long page, in order',
    async (limit) => {
      for (const [name, path] of Object.entries(paths)) {
        const whole = await get(join(path, 'limit=200'));
        expect({ name, status: whole.status, hasMore: whole.body.hasMore }).toEqual({
          name,
          status: 200,
          hasMore: false,
        });
        const all = whole.body.items as Item[];
        expect({ name, enough: all.length >= 3 }).toEqual({ name, enough: true });
        // A thread reads oldest first within each page, pages going back in time.
        const thread = name === 'get /people/:id/messages';
        const walked: Item[][] = [];
        let cursor: string | null = null;
        do {
          const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
          const page = await get(join(path, query));
          expect({ name, status: page.status }).toEqual({ name, status: 200 });
          expect(page.body.items.length).toBeLessThanOrEqual(limit);
          expect(page.body.hasMore).toBe(page.body.nextCursor !== null);
          walked.push(page.body.items);
          cursor = page.body.nextCursor;
        } while (cursor && walked.length <= all.length);
        const items = thread ? walked.reverse().flat() : walked.flat();
        expect({ name, items }).toEqual({ name, items: all });
      }
    },
    120_000,
  );

  it('refuses a cursor that is not one it gave', async () => {
    const forged = ['nope', '', Buffer.from('{"$gt":1}').toString('base64url')];
    const other = (await get('/shifts?limit=1')).body.nextCursor as string;
    for (const cursor of [...forged, other]) {
      const res = await get(`/people?cursor=${cursor}`);
      expect({ cursor, status: res.status, path: res.body.details?.[0]?.path }).toEqual({
        cursor,
        status: 400,
        path: 'cursor',
      });
    }
  });
});
