import { startApiWorld, type ApiWorld } from '../../support/api';
import { sendRaw } from '../../fuzz/support/raw-request';

/** Every error of the admin API has one shape, and says which request it was. */
describe('errors of the admin API', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld();
  });
  afterAll(() => w.stop());

  const send = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const { key = w.keys.riverside.admin, headers, ...rest } = init;
    return fetch(`${w.base}/api/v1${path}`, {
      ...rest,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    });
  };

  async function expectError(res: Response, status: number, code: string) {
    const body = (await res.json()) as Record<string, unknown>;
    expect({ status: res.status, body }).toEqual({
      status,
      body: {
        code,
        message: expect.any(String),
        details: expect.any(Array),
        requestId: res.headers.get('x-request-id'),
      },
    });
    expect(body.requestId).toMatch(/^[\w.:-]{8,64}$/);
    return body;
  }

  it('answers a bad body with code, message, details naming each field, and the request id', async () => {
    const res = await send('/people', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '', roles: [] }),
    });
    const body = await expectError(res, 400, 'invalid_request');
    expect((body.details as Array<{ path: string }>).map((d) => d.path).sort()).toEqual([
      'name',
      'phone',
      'roles',
    ]);
  });

  it('answers text holding the NUL character with a 400 naming the field, never a 500', async () => {
    const admin = w.as(w.keys.riverside.admin);
    for (const [path, method, body, field] of [
      ['/api-keys', 'post', { name: '\u0000$ne', role: 'admin' }, 'name'],
      ['/people', 'post', { name: 'Ana', phone: '+15550001111', skills: ['a\u0000b'] }, 'skills.0'],
      ['/organisation', 'patch', { name: 'River\u0000side' }, 'name'],
    ] as const) {
      const res = await admin(method, path, body);
      expect({
        path,
        status: res.status,
        fields: res.body.details?.map((d: { path: string }) => d.path),
      }).toEqual({
        path,
        status: 400,
        fields: [field],
      });
    }
    const query = await admin('get', '/people?q=%00');
    expect(query.status).toBe(400);
  });

  it("keeps a proxy's request id, and makes one when it looks wrong", async () => {
    const kept = await send('/people/42', { headers: { 'x-request-id': 'lb-2f9c1e77aa' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-2f9c1e77aa');
    await expectError(kept, 400, 'invalid_request');
    const made = await send('/people/42', { headers: { 'x-request-id': 'no spaces please' } });
    expect(made.headers.get('x-request-id')).not.toBe('no spaces please');
    const ok = await send('/organisation');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 with WWW-Authenticate, telling a missing key from a bad one', async () => {
    const missing = await send('/organisation', { key: null });
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="shiftline"');
    await expectError(missing, 401, 'unauthenticated');
    const wrong = await send('/organisation', { key: `sl_${'0'.repeat(12)}_${'x'.repeat(32)}` });
    expect(wrong.headers.get('www-authenticate')).toBe(
      'Bearer realm="shiftline", error="invalid_token"',
    );
    await expectError(wrong, 401, 'unauthenticated');
  });

  it('answers 403, 404 and an unknown route in the same shape', async () => {
    const asReader = await send('/people', {
      key: w.keys.riverside.read_only,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await expectError(asReader, 403, 'forbidden');
    await expectError(await send('/people/0123456789abcdef01234567'), 404, 'not_found');
    await expectError(await send('/no-such-thing'), 404, 'not_found');
  });

  it('answers JSON that does not parse 400, a body over 100 KB 413 and a body not JSON 415', async () => {
    const json = { 'content-type': 'application/json' };
    await expectError(
      await send('/people', { method: 'POST', headers: json, body: '{"name":' }),
      400,
      'invalid_json',
    );
    const huge = JSON.stringify({ name: 'x'.repeat(120 * 1024) });
    await expectError(
      await send('/people', { method: 'POST', headers: json, body: huge }),
      413,
      'payload_too_large',
    );
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    await expectError(
      await send('/people', { method: 'POST', headers: form, body: 'name=Ana' }),
      415,
      'unsupported_media_type',
    );
  });

  it('reads no body on a route that takes none: a broken one sent along is ignored', async () => {
    const res = await sendRaw({
      method: 'GET',
      url: `${w.base}/api/v1/organisation`,
      headers: {
        authorization: `Bearer ${w.keys.riverside.admin}`,
        'content-type': 'application/json',
      },
      body: '{"broken":',
    });
    expect(res.status).toBe(200);
  });
});
