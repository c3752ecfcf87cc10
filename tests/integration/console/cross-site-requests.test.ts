import { OffsetClock } from '../../../src/engine/clock';
import {
  postRiversideShift,
  riversideShiftState,
  startApiWorld,
  type ApiWorld,
} from '../../support/api';
import { seedPerson } from '../../support/seed';

const CONSOLE = { 'x-shiftline-console': '1' };

interface Answer {
  status: number;
  // Tests read answers as loose JSON; each assertion says what it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function send(
  w: ApiWorld,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  const res = await fetch(`${w.base}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

describe("changes made with the console's cookie", () => {
  let w: ApiWorld;
  let cookie: { cookie: string };
  let sam: { id: string };
  /** The console's own origin: PUBLIC_BASE_URL's. */
  let own: string;
  const foreign = 'http://127.0.0.1:1';

  const postShift = () => postRiversideShift(w, sam.id);
  const stateOf = (id: string) => riversideShiftState(w, id);
  const cancel = async (id: string, headers: Record<string, string>) =>
    send(w, 'POST', `/api/v1/shifts/${id}/cancel`, { ...cookie, ...headers });

  beforeAll(async () => {
    w = await startApiWorld();
    own = new URL(w.h.config.PUBLIC_BASE_URL).origin;
    cookie = { cookie: `shiftline_key=${w.keys.riverside.coordinator}` };
    sam = await seedPerson(w.h.models, w.riverside, {
      name: 'Sam',
      roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
    });
  });
  afterAll(() => w.stop());

  it('are refused with a 403 in the API error shape without the X-Shiftline-Console header', async () => {
    const id = await postShift();
    const res = await cancel(id, { origin: own });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden', details: [] });
    expect(res.body.message).toMatch(/X-Shiftline-Console/);
    expect(typeof res.body.requestId).toBe('string');
    expect(await stateOf(id)).toBe('open');
  });

  it('are refused from another origin, another port of the same host included', async () => {
    const id = await postShift();
    const res = await cancel(id, { ...CONSOLE, origin: foreign });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    expect(res.body.message).toContain(foreign);
    expect(await stateOf(id)).toBe('open');
  });

  it('are refused when the browser says another site sent them, even without an Origin', async () => {
    const id = await postShift();
    expect((await cancel(id, { ...CONSOLE, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect(await stateOf(id)).toBe('open');
  });

  it("are made with the header from the console's own origin", async () => {
    const id = await postShift();
    const res = await cancel(id, { ...CONSOLE, origin: own, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('cancelled');
  });

  it('leave reads with the cookie as they were', async () => {
    const res = await send(w, 'GET', '/api/v1/organisation', { ...cookie, origin: foreign });
    expect(res.status).toBe(200);
  });

  it('leave an API key in the Authorization header unaffected, cookie or not', async () => {
    const id = await postShift();
    const res = await cancel(id, {
      authorization: `Bearer ${w.keys.riverside.coordinator}`,
      origin: foreign,
    });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('cancelled');
  });

  it('guard signing in and out of the console the same way', async () => {
    const key = w.keys.riverside.admin;
    expect((await send(w, 'POST', '/console/session', {}, { key })).status).toBe(403);
    expect(
      (await send(w, 'POST', '/console/session', { ...CONSOLE, origin: foreign }, { key })).status,
    ).toBe(403);
    expect(
      (await send(w, 'POST', '/console/session', { ...CONSOLE, origin: own }, { key })).status,
    ).toBe(204);
    expect((await send(w, 'DELETE', '/console/session', cookie)).status).toBe(403);
    expect((await send(w, 'DELETE', '/console/session', { ...cookie, ...CONSOLE })).status).toBe(
      204,
    );
  });
});

describe("the simulator's changes made with the console's cookie, in dev mode", () => {
  let w: ApiWorld;

  beforeAll(async () => {
    w = await startApiWorld({
      overrides: { NODE_ENV: 'development', DEV_MODE: 'true' },
      clock: new OffsetClock(),
    });
  });
  afterAll(() => w.stop());

  it('are refused without the header or from another origin, and made with it', async () => {
    // The clock is the operator's (issue 15.5); the rule under test is the cookie's.
    const cookie = { cookie: `shiftline_key=${w.keys.operator}` };
    const own = new URL(w.h.config.PUBLIC_BASE_URL).origin;
    const move = { advanceMinutes: 5 };
    const clock = '/console/api/simulator/clock';
    expect((await send(w, 'POST', clock, cookie, move)).status).toBe(403);
    expect(
      (await send(w, 'POST', clock, { ...cookie, ...CONSOLE, origin: 'http://127.0.0.1:1' }, move))
        .status,
    ).toBe(403);
    expect(
      (await send(w, 'POST', clock, { ...cookie, ...CONSOLE, origin: own }, move)).status,
    ).toBe(200);
    const bearer = { authorization: `Bearer ${w.keys.operator}` };
    expect((await send(w, 'POST', clock, bearer, move)).status).toBe(200);
  });
});
