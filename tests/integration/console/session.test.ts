import { startApiWorld, type ApiWorld } from '../../support/api';

interface Answer {
  status: number;
  // Tests read answers as loose JSON; each assertion says what it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  setCookie: string | null;
}

/** Calls a /console route as a browser would: JSON in, the cookie it was given sent back. */
function consoleClient(w: ApiWorld) {
  return async (
    method: string,
    path: string,
    options: { body?: unknown; cookie?: string } = {},
  ): Promise<Answer> => {
    // As the console's own scripts do (see public/js/http.mjs).
    const headers: Record<string, string> = { 'x-shiftline-console': '1' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.cookie) headers.cookie = options.cookie;
    const res = await fetch(`${w.base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text ? JSON.parse(text) : null,
      setCookie: res.headers.get('set-cookie'),
    };
  };
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
const cookieOf = (setCookie: string | null) => setCookie?.split(';')[0] ?? '';

describe('the console session', () => {
  let w: ApiWorld;
  let call: ReturnType<typeof consoleClient>;
  beforeAll(async () => {
    w = await startApiWorld();
    call = consoleClient(w);
  });
  afterAll(() => w.stop());

  it('trades a good key for an HttpOnly, SameSite=Strict cookie that names the organisation', async () => {
    const key = w.keys.riverside.coordinator;
    const signIn = await call('POST', '/console/session', { body: { key } });
    expect(signIn.status).toBe(204);
    const attributes = signIn.setCookie?.split(';').map((part) => part.trim()) ?? [];
    expect(attributes).toEqual(
      expect.arrayContaining([`shiftline_key=${key}`, 'Path=/', 'HttpOnly', 'SameSite=Strict']),
    );
    expect(attributes).not.toContain('Secure');

    const session = await call('GET', '/console/session', { cookie: cookieOf(signIn.setCookie) });
    expect(session).toMatchObject({
      status: 200,
      body: {
        organisationId: w.riverside.id,
        organisationName: 'Riverside Outreach',
        role: 'coordinator',
        devMode: false,
      },
    });
  });

  it('lets the cookie call the admin API', async () => {
    const cookie = `shiftline_key=${w.keys.parks.read_only}`;
    const res = await fetch(`${w.base}/api/v1/organisation`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { name: string }).name).toBe('City Parks');
  });

  it('refuses an unknown key with a 401 and sets no cookie', async () => {
    const res = await call('POST', '/console/session', {
      body: { key: `sl_000000000000_${'x'.repeat(32)}` },
    });
    expect(res.status).toBe(401);
    expect(res.setCookie).toBeNull();
  });

  it('refuses a body without a key with a 400 naming the field', async () => {
    const res = await call('POST', '/console/session', { body: { token: 'abc' } });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain('key');
  });

  it('answers 401 to a session read without a cookie', async () => {
    expect((await call('GET', '/console/session')).status).toBe(401);
  });

  it('signs out by expiring the cookie', async () => {
    const res = await call('DELETE', '/console/session', {
      cookie: `shiftline_key=${w.keys.riverside.admin}`,
    });
    expect(res.status).toBe(204);
    expect(res.setCookie).toMatch(/^shiftline_key=;/);
    expect(res.setCookie).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('has no dev sign-in outside dev mode', async () => {
    expect((await call('GET', '/console/session/dev')).status).toBe(404);
    const res = await call('POST', '/console/session/dev', {
      body: { organisationId: w.riverside.id },
    });
    expect(res.status).toBe(404);
    expect(res.setCookie).toBeNull();
    expect(await w.h.models.ApiKey.countDocuments({ name: 'console (dev)' })).toBe(0);
  });
});

describe('the console session in dev mode, served over https', () => {
  let w: ApiWorld;
  let call: ReturnType<typeof consoleClient>;
  beforeAll(async () => {
    w = await startApiWorld({
      overrides: {
        NODE_ENV: 'development',
        DEV_MODE: 'true',
        PUBLIC_BASE_URL: 'https://localhost:3443',
      },
    });
    call = consoleClient(w);
  });
  afterAll(() => w.stop());

  it('marks the cookie Secure', async () => {
    const res = await call('POST', '/console/session', { body: { key: w.keys.harbour.admin } });
    expect(res.status).toBe(204);
    expect(res.setCookie?.split(';').map((part) => part.trim())).toContain('Secure');
  });

  it('lists the organisations to sign in as', async () => {
    const res = await call('GET', '/console/session/dev');
    expect(res.status).toBe(200);
    expect(res.body.organisations).toEqual(
      expect.arrayContaining([
        { id: w.riverside.id, name: 'Riverside Outreach' },
        { id: w.harbour.id, name: 'Harbour Care' },
      ]),
    );
    expect(res.body.organisations).toHaveLength(3);
  });

  it("signs in as an organisation's admin with a new key named 'console (dev)'", async () => {
    const signIn = await call('POST', '/console/session/dev', {
      body: { organisationId: w.parks.id },
    });
    expect(signIn.status).toBe(204);
    const session = await call('GET', '/console/session', { cookie: cookieOf(signIn.setCookie) });
    expect(session.body).toEqual({
      organisationId: w.parks.id,
      organisationName: 'City Parks',
      role: 'admin',
      devMode: true,
    });
    const keys = await w.h.models.ApiKey.find({ name: 'console (dev)' }).lean();
    expect(keys.map((k) => k.organisation.toString())).toEqual([w.parks.id]);
  });

  it('keeps one valid dev key per organisation: each dev sign-in replaces the one before', async () => {
    const signIn = () =>
      call('POST', '/console/session/dev', { body: { organisationId: w.harbour.id } });
    const sessionOf = async (answer: Answer) =>
      (await call('GET', '/console/session', { cookie: cookieOf(answer.setCookie) })).status;
    const first = await signIn();
    const second = await signIn();
    expect([first.status, second.status]).toEqual([204, 204]);
    expect(await sessionOf(first)).toBe(401);
    expect(await sessionOf(second)).toBe(200);
    const harbourDevKeys = { organisation: w.harbour._id, name: 'console (dev)' };
    expect(await w.h.models.ApiKey.countDocuments(harbourDevKeys)).toBe(2);
    expect(
      await w.h.models.ApiKey.countDocuments({ ...harbourDevKeys, revokedAt: { $exists: false } }),
    ).toBe(1);

    const together = await Promise.all([signIn(), signIn(), signIn(), signIn()]);
    const valid = [];
    for (const answer of together)
      if (answer.status === 204 && (await sessionOf(answer)) === 200) valid.push(answer);
    expect(valid).toHaveLength(1);
    expect(await sessionOf(second)).toBe(401);
  });

  it('refuses a malformed organisation id with a 400 and an unknown one with a 404', async () => {
    const bad = await call('POST', '/console/session/dev', { body: { organisationId: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toEqual(['organisationId']);
    const unknown = await call('POST', '/console/session/dev', {
      body: { organisationId: '0123456789abcdef01234567' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.setCookie).toBeNull();
  });
});
