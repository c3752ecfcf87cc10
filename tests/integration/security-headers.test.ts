import { startApiWorld, type ApiWorld } from '../support/api';

/** What helmet sets on every response, whatever answers it. */
function expectOwnOriginOnly(res: Response): void {
  const policy = res.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers', () => {
  let w: ApiWorld;
  const get = (url: string, init: RequestInit = {}) => fetch(`${w.base}${url}`, init);

  beforeAll(async () => {
    w = await startApiWorld();
    await w.h.models.Programme.create({
      organisation: w.riverside._id,
      name: 'Spring work',
      slug: 'spring-headers',
      budgetCents: 10_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      participants: [],
      supervisors: [],
      createdAt: new Date(),
    });
  });
  afterAll(() => w.stop());

  it('are on an API answer, a refusal included', async () => {
    const ok = await get('/api/v1/organisation', {
      headers: { authorization: `Bearer ${w.keys.riverside.read_only}` },
    });
    expect(ok.status).toBe(200);
    expectOwnOriginOnly(ok);
    const refused = await get('/api/v1/organisation');
    expect(refused.status).toBe(401);
    expectOwnOriginOnly(refused);
  });

  it("are on a programme's public page and its JSON", async () => {
    for (const path of [
      '/public/programmes/spring-headers',
      '/public/programmes/spring-headers.json',
    ]) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expectOwnOriginOnly(res);
    }
  });

  it('are on a console page', async () => {
    const res = await get('/console/board.html');
    expect(res.status).toBe(200);
    expectOwnOriginOnly(res);
  });

  it('leave HSTS out when the public address is plain http', async () => {
    expect((await get('/healthz')).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('security headers behind an https public address', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld({ overrides: { PUBLIC_BASE_URL: 'https://shiftline.example' } });
  });
  afterAll(() => w.stop());

  it('add HSTS for a year, for the public host only', async () => {
    const res = await fetch(`${w.base}/api/v1/organisation`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
