import { randomBytes } from 'node:crypto';
import { startApiWorld, type ApiWorld } from '../../support/api';

/** A key shaped like ours that no organisation has: a new prefix each time. */
const wrongKey = () =>
  `sl_${randomBytes(6).toString('hex')}_${randomBytes(24).toString('base64url')}`;

const get = (w: ApiWorld, key: string, headers: Record<string, string> = {}) =>
  fetch(`${w.base}/api/v1/organisation`, {
    headers: { authorization: `Bearer ${key}`, ...headers },
  });

async function statusOf(request: () => Promise<Response>): Promise<number> {
  const res = await request();
  await res.arrayBuffer();
  return res.status;
}

async function statuses(requests: Array<() => Promise<Response>>): Promise<number[]> {
  const seen: number[] = [];
  for (const request of requests) seen.push(await statusOf(request));
  return seen;
}

const times = (n: number, request: () => Promise<Response>) =>
  Array.from({ length: n }, () => request);

describe('rate limits of the admin API, with no proxy trusted (the default)', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld({ overrides: { API_RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => w.stop());

  it('limits requests per key and address, saying so in RateLimit headers and a documented 429', async () => {
    const key = w.keys.riverside.admin;
    const first = await get(w, key);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('5');
    expect(first.headers.get('ratelimit-remaining')).toBe('4');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(first.headers.get('ratelimit-policy')).toBe('5;w=60');
    expect(await statuses(times(4, () => get(w, key)))).toEqual([200, 200, 200, 200]);
    const over = await get(w, key);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toEqual({
      code: 'rate_limited',
      message: expect.any(String),
      details: [],
      requestId: over.headers.get('x-request-id'),
    });
    // Another key from the same address has its own allowance.
    expect((await get(w, w.keys.riverside.read_only)).status).toBe(200);
  });

  it('does not believe X-Forwarded-For from a client when no proxy is configured', async () => {
    const key = w.keys.parks.admin;
    const forged = (i: number) => () => get(w, key, { 'x-forwarded-for': `203.0.113.${i}` });
    const seen = await statuses(Array.from({ length: 7 }, (_, i) => forged(i)));
    expect(seen).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  // 900 requests: seconds alone, more while other test files share the 2 cores.
  it('meets 900 wrong keys in a row with 429s, and never holds back a good key', async () => {
    const seen: number[] = [];
    for (let sent = 0; sent < 900; sent += 10)
      seen.push(...(await Promise.all(times(10, () => get(w, wrongKey())).map(statusOf))));
    expect(seen.filter((s) => s === 401)).toHaveLength(30);
    expect(seen.filter((s) => s === 429)).toHaveLength(870);
    const noKey = await fetch(`${w.base}/api/v1/organisation`);
    expect(noKey.status).toBe(429);
    expect((await get(w, w.keys.riverside.coordinator)).status).toBe(200);
  }, 120_000);
});

describe('rate limits behind one trusted proxy (TRUST_PROXY_HOPS=1)', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld({
      overrides: { API_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY_HOPS: '1' },
    });
  });
  afterAll(() => w.stop());

  it("counts each client address the proxy names on its own, and only the proxy's hop", async () => {
    const key = w.keys.riverside.admin;
    const from = (chain: string) => () => get(w, key, { 'x-forwarded-for': chain });
    expect(await statuses(times(3, from('198.51.100.7')))).toEqual([200, 200, 429]);
    expect(await statuses(times(3, from('198.51.100.8')))).toEqual([200, 200, 429]);
    // The client may prepend what it likes; only the address the proxy added counts.
    expect((await from('10.0.0.1, 198.51.100.7')()).status).toBe(429);
  });
});
