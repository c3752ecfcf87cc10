import fc from 'fast-check';
import { API_RESOURCES } from '../../src/http/api/v1';
import { CONSOLE_HEADER } from '../../src/http/api/v1/auth/console-requests';
import { consoleCredentials, startApiWorld, type ApiWorld } from '../support/api';
import { seedPerson } from '../support/seed';
import { anyRouteRequest, type FuzzRequest } from './support/api-requests';
import { storedDollarKeys } from './support/dollar-keys';
import { apiErrorOf, expectNo5xx, sendRaw, type RawAnswer } from './support/raw-request';
import { watchUnhandledRejections } from './support/unhandled-rejections';

const RUNS = 1_500;
const ROUTES = API_RESOURCES.flatMap((resource) => resource.routes);

/**
 * Fuzzes every route of /api/v1 with Riverside's admin key on a running Shiftline, sent as an
 * API client sends it (Bearer) and as the console's pages do (its cookie, with or without the
 * console's header, from its own origin or another).
 */

/** What a browser may send with the console's cookie: mostly what the console's pages send. */
const consoleHeaders = (own: string) =>
  fc.record({
    header: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    origin: fc.oneof(
      { weight: 4, arbitrary: fc.constant(own) },
      fc.constantFrom(undefined, 'http://127.0.0.1:1', 'null', own.replace('http:', 'https:')),
    ),
    site: fc.constantFrom(undefined, 'same-origin', 'same-site', 'cross-site', 'none'),
  });

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

  const send = (fuzz: FuzzRequest, credentials: Record<string, string>) =>
    sendRaw({
      method: fuzz.method.toUpperCase(),
      url: `${w.base}/api/v1${fuzz.path}`,
      headers: {
        ...credentials,
        ...(fuzz.contentType ? { 'content-type': fuzz.contentType } : {}),
      },
      body: fuzz.body,
    });

  const VALID_WRITE: FuzzRequest = {
    method: 'patch',
    path: '/organisation',
    contentType: 'application/json',
    body: JSON.stringify({ timeZone: 'America/New_York' }),
  };

  /** No 5xx, and each 4xx in the API's error shape. */
  const expectErrorShape = (answer: RawAnswer) => {
    expectNo5xx(answer);
    if (answer.status >= 400) {
      expect({
        answer: answer.text.slice(0, 300),
        error: apiErrorOf(answer) !== undefined,
      }).toEqual({
        answer: answer.text.slice(0, 300),
        error: true,
      });
    }
  };

  it(`answers ${RUNS} random requests over all ${ROUTES.length} routes without a 5xx, each 4xx in the API's error shape`, async () => {
    const writesAccepted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(anyRouteRequest(ROUTES, ids), async (fuzz) => {
        const answer = await send(fuzz, { authorization: `Bearer ${w.keys.riverside.admin}` });
        expectErrorShape(answer);
        if (answer.status < 300 && fuzz.method !== 'get') writesAccepted.add(fuzz.method);
      }),
      // Random writes rarely pass validation (about 2 in 1,500): a valid one always runs too,
      // so the check below proves the fuzz's requests can reach the database at all.
      { numRuns: RUNS, examples: [[VALID_WRITE]] },
    );
    expect(writesAccepted.size).toBeGreaterThan(0);
  });

  it(`answers ${RUNS} random requests with the console's cookie the same way, and refuses each change not from the console's pages`, async () => {
    let changesLetThrough = 0;
    const own = new URL(w.h.config.PUBLIC_BASE_URL).origin;
    await fc.assert(
      fc.asyncProperty(
        anyRouteRequest(ROUTES, ids),
        consoleHeaders(own),
        async (fuzz, { header, origin, site }) => {
          const { cookie } = consoleCredentials(w.h, w.keys.riverside.admin);
          const answer = await send(fuzz, {
            cookie: cookie!,
            ...(header ? { [CONSOLE_HEADER]: '1' } : {}),
            ...(origin ? { origin } : {}),
            ...(site ? { 'sec-fetch-site': site } : {}),
          });
          expectErrorShape(answer);
          const fromElsewhere =
            !header ||
            (origin !== undefined && origin !== own) ||
            (origin === undefined && (site === 'same-site' || site === 'cross-site'));
          if (fuzz.method === 'get') return;
          if (fromElsewhere)
            expect({ status: answer.status, code: apiErrorOf(answer)?.code }).toEqual({
              status: 403,
              code: 'forbidden',
            });
          else if (answer.status !== 403) changesLetThrough++;
        },
      ),
      { numRuns: RUNS },
    );
    // Changes from the console's pages went on to the routes (validation, tenancy, the database).
    expect(changesLetThrough).toBeGreaterThan(0);
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
