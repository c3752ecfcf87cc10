import fc from 'fast-check';
import { API_RESOURCES } from '../../src/http/api/v1';
import { startApiWorld, type ApiWorld } from '../support/api';
import { seedPerson } from '../support/seed';
import { anyRouteRequest } from './support/api-requests';
import { storedDollarKeys } from './support/dollar-keys';
import { apiErrorOf, expectNo5xx, sendRaw } from './support/raw-request';
import { watchUnhandledRejections } from './support/unhandled-rejections';

const RUNS = 1_500;
const ROUTES = API_RESOURCES.flatMap((resource) => resource.routes);

/** Fuzzes every route of /api/v1 with Riverside's admin key on a running Shiftline. */

// Seconds alone; several times that while the rest of the suite shares 2 cores.
jest.setTimeout(180_000);
describe('admin API under random and malformed requests', () => {
  let w: ApiWorld;
  let rejections: ReturnType<typeof watchUnhandledRejections>;
  let ids: string[];

  beforeAll(async () => {
    rejections = watchUnhandledRejections();
    // 1,500 requests with one key in seconds: past the rate limit (tested in rate-limits.test.ts),
    // which would answer them all 429 before they reach what is fuzzed.
    w = await startApiWorld({ overrides: { API_RATE_LIMIT_PER_MINUTE: '100000' } });
    const worker = await seedPerson(w.h.models, w.riverside, { name: 'Fuzz Worker' });
    const partnership = await w.h.models.Partnership.findOne({ provider: w.riverside._id });
    ids = [worker.id, w.riverside.id, w.parks.id, w.harbour.id, String(partnership!._id)];
  });
  afterAll(async () => {
    rejections.stop();
    await w.stop();
  });

  it(`answers ${RUNS} random requests over all ${ROUTES.length} routes without a 5xx, each 4xx in the API's error shape`, async () => {
    const writesAccepted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(anyRouteRequest(ROUTES, ids), async (fuzz) => {
        const answer = await sendRaw({
          method: fuzz.method.toUpperCase(),
          url: `${w.base}/api/v1${fuzz.path}`,
          headers: {
            authorization: `Bearer ${w.keys.riverside.admin}`,
            ...(fuzz.contentType ? { 'content-type': fuzz.contentType } : {}),
          },
          body: fuzz.body,
        });
        expectNo5xx(answer);
        if (answer.status < 300 && fuzz.method !== 'get') writesAccepted.add(fuzz.method);
        if (answer.status >= 400) {
          expect({
            answer: answer.text.slice(0, 300),
            error: apiErrorOf(answer) !== undefined,
          }).toEqual({
            answer: answer.text.slice(0, 300),
            error: true,
          });
        }
      }),
      { numRuns: RUNS },
    );
    // Some random writes got past validation to the database, not only refusals.
    expect(writesAccepted.size).toBeGreaterThan(0);
  });

  // Examples the fuzzing found, kept as plain cases.
  it('answers availability with unreadable times with a 400, not a 500', async () => {
    const answer = await w.as(w.keys.riverside.admin)('patch', `/people/${ids[0]}`, {
      availability: [{ weekday: 0, start: '+15557770101', end: 'a.b' }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: { path: string }) => d.path)).toEqual([
      'availability.0.start',
      'availability.0.end',
    ]);
  });

  it('refuses a terminology term named like an operator or a path with a 400', async () => {
    const answer = await w.as(w.keys.riverside.admin)('patch', '/organisation', {
      terminology: { en: { $gt: 'x', 'a.b': 'y' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'terminology.en.$gt',
      'terminology.en.a.b',
    ]);
  });

  it('stored no document with a `$`-prefixed key', async () => {
    expect(await storedDollarKeys(w.h.shiftline.runtime.mongo)).toEqual([]);
  });

  it('left no unhandled promise rejection behind', () => {
    expect(rejections.reasons).toEqual([]);
  });
});
