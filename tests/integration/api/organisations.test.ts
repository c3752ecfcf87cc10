import { startApiWorld, type ApiWorld } from '../../support/api';

describe('the organisation API', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld();
  });
  afterAll(() => w.stop());

  it("shows the caller's own organisation with its settings", async () => {
    const res = await w.as(w.keys.riverside.read_only)('get', '/organisation');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: w.riverside.id,
      name: 'Riverside Outreach',
      timeZone: 'America/New_York',
      offerStrategy: { kind: 'sequential' },
    });
  });

  it('lets an admin change settings and answers the new ones', async () => {
    const res = await w.as(w.keys.riverside.admin)('patch', '/organisation', {
      offerStrategy: { kind: 'waves', expiryMinutes: 20, size: 3 },
      quietHours: { start: '22:00', end: '07:00' },
    });
    expect(res.status).toBe(200);
    expect(res.body.offerStrategy).toEqual({ kind: 'waves', expiryMinutes: 20, size: 3 });
    const stored = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(stored?.quietHours).toEqual({ start: '22:00', end: '07:00' });
  });

  it('keeps urgent replacements out of quiet hours unless an admin allows them, and takes only true or false', async () => {
    const call = w.as(w.keys.parks.admin);
    expect((await call('get', '/organisation')).body.urgentOffersInQuietHours).toBe(false);
    const refused = await call('patch', '/organisation', { urgentOffersInQuietHours: 'yes' });
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d: { path: string }) => d.path)).toEqual([
      'urgentOffersInQuietHours',
    ]);
    const res = await call('patch', '/organisation', { urgentOffersInQuietHours: true });
    expect(res.status).toBe(200);
    expect(res.body.urgentOffersInQuietHours).toBe(true);
    const stored = await w.h.models.Organisation.findById(w.parks._id).lean();
    expect(stored?.urgentOffersInQuietHours).toBe(true);
  });

  it("keeps a booked worker's place when they opt out, unless an admin says to release it", async () => {
    const call = w.as(w.keys.harbour.admin);
    expect((await call('get', '/organisation')).body.placeOnWorkerOptOut).toBe('keep');
    const refused = await call('patch', '/organisation', { placeOnWorkerOptOut: 'drop' });
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d: { path: string }) => d.path)).toEqual([
      'placeOnWorkerOptOut',
    ]);
    const res = await call('patch', '/organisation', { placeOnWorkerOptOut: 'release' });
    expect(res.status).toBe(200);
    expect(res.body.placeOnWorkerOptOut).toBe('release');
    const stored = await w.h.models.Organisation.findById(w.harbour._id).lean();
    expect(stored?.placeOnWorkerOptOut).toBe('release');
  });

  it('keeps a support line for workers who are not well, refuses one with an opt-out word, and clears it with null', async () => {
    const call = w.as(w.keys.harbour.admin);
    expect((await call('get', '/organisation')).body.supportContact).toBeNull();
    for (const line of ['text STOP to 555-0199', 'Call us, or Quit line 555-0100']) {
      const refused = await call('patch', '/organisation', { supportContact: line });
      expect(refused.status).toBe(400);
      expect(refused.body.details.map((d: { path: string }) => d.path)).toEqual(['supportContact']);
    }
    const res = await call('patch', '/organisation', {
      supportContact: ' call or text (555) 010-9876 ',
    });
    expect(res.status).toBe(200);
    expect(res.body.supportContact).toBe('call or text (555) 010-9876');
    const cleared = await call('patch', '/organisation', { supportContact: null });
    expect(cleared.body.supportContact).toBeNull();
    const stored = await w.h.models.Organisation.findById(w.harbour._id).lean();
    expect(stored?.supportContact).toBeUndefined();
  });

  it('addresses clients formally unless an admin says familiar, and takes only those two', async () => {
    const call = w.as(w.keys.harbour.admin);
    expect((await call('get', '/organisation')).body.clientAddress).toBe('formal');
    const refused = await call('patch', '/organisation', { clientAddress: 'tu' });
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d: { path: string }) => d.path)).toEqual(['clientAddress']);
    const res = await call('patch', '/organisation', { clientAddress: 'familiar' });
    expect(res.body.clientAddress).toBe('familiar');
    const stored = await w.h.models.Organisation.findById(w.harbour._id).lean();
    expect(stored?.clientAddress).toBe('familiar');
  });

  it('refuses a bad setting with a 400 naming the field, and changes nothing', async () => {
    const res = await w.as(w.keys.riverside.admin)('patch', '/organisation', {
      timeZone: 'Mars/Olympus',
      graceMinutes: -5,
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'graceMinutes',
      'timeZone',
    ]);
    const stored = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(stored?.timeZone).toBe('America/New_York');
  });

  it('refuses unknown fields and operator injection', async () => {
    const res = await w.as(w.keys.riverside.admin)('patch', '/organisation', {
      $set: { name: 'hacked' },
    });
    expect(res.status).toBe(400);
    const stored = await w.h.models.Organisation.findById(w.riverside._id).lean();
    expect(stored?.name).toBe('Riverside Outreach');
  });

  it("never lets an organisation's own key set its sender numbers: another's texts would reach it", async () => {
    const admin = w.as(w.keys.riverside.admin);
    for (const field of ['smsNumbers', 'whatsappNumbers']) {
      const res = await admin('patch', '/organisation', { [field]: ['+15005550026'] });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(JSON.stringify(res.body.details)).toContain(field);
    }
    const stored = await w.h.models.Organisation.findById(w.riverside._id).orFail().lean();
    expect(stored.smsNumbers).toEqual(['+15005550006']);
    expect(stored.whatsappNumbers).toEqual([]);
    const shown = await admin('get', '/organisation');
    expect(shown.body).toMatchObject({ smsNumbers: ['+15005550006'], whatsappNumbers: [] });
  });

  it('keeps settings to admins: a coordinator gets 403', async () => {
    const res = await w.as(w.keys.riverside.coordinator)('patch', '/organisation', {
      name: 'New name',
    });
    expect(res.status).toBe(403);
  });

  it('answers 401 without a key, with a malformed key and with a revoked key', async () => {
    expect((await w.as(null)('get', '/organisation')).status).toBe(401);
    expect((await w.as('sl_nope')('get', '/organisation')).status).toBe(401);
    const made = await w.as(w.keys.riverside.admin)('post', '/api-keys', {
      name: 'temp',
      role: 'read_only',
    });
    expect(made.status).toBe(201);
    expect((await w.as(made.body.key)('get', '/organisation')).status).toBe(200);
    expect((await w.as(w.keys.riverside.admin)('delete', `/api-keys/${made.body.id}`)).status).toBe(
      200,
    );
    expect((await w.as(made.body.key)('get', '/organisation')).status).toBe(401);
  });

  it('stores a key only as a hash, and lists it without its secret', async () => {
    const made = await w.as(w.keys.riverside.admin)('post', '/api-keys', {
      name: 'payroll',
      role: 'read_only',
    });
    const stored = await w.h.models.ApiKey.findById(made.body.id).lean();
    // The secret is base64url, which may itself hold '_': everything after the prefix.
    const secret = /^sl_[0-9a-f]{12}_(.{32})$/.exec(made.body.key)?.[1];
    expect(secret).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const list = await w.as(w.keys.riverside.admin)('get', '/api-keys');
    expect(JSON.stringify(list.body)).not.toContain(made.body.key);
    expect(list.body.items.map((k: { name: string }) => k.name)).toContain('payroll');
  });

  it("never makes, lists or revokes the operator's key: that is `npm run admin`'s alone", async () => {
    const admin = w.as(w.keys.riverside.admin);
    const made = await admin('post', '/api-keys', { name: 'ops', role: 'operator' });
    expect(made.status).toBe(400);
    expect(made.body.details.map((d: { path: string }) => d.path)).toEqual(['role']);
    expect(await w.h.models.ApiKey.countDocuments({ name: 'ops' })).toBe(0);

    // The operator's key belongs to Riverside, yet Riverside's admin neither sees nor revokes it.
    const list = await admin('get', '/api-keys?limit=200');
    expect(list.status).toBe(200);
    expect(list.body.items.map((k: { role: string }) => k.role)).not.toContain('operator');
    const operatorKey = await w.h.models.ApiKey.findOne({ role: 'operator' }).orFail().lean();
    const revoked = await admin('delete', `/api-keys/${operatorKey._id.toString()}`);
    expect(revoked.status).toBe(404);
    expect((await w.as(w.keys.operator)('get', '/organisation')).status).toBe(200);

    const spec = (await (await fetch(`${w.base}/api/v1/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties: { role: { enum: string[] } } }> };
    };
    for (const schema of ['ApiKeyCreate', 'ApiKey'])
      expect(spec.components.schemas[schema]!.properties.role.enum.sort()).toEqual([
        'admin',
        'coordinator',
        'read_only',
      ]);
  });

  it('lists the caller and its partners, never an unrelated organisation', async () => {
    const res = await w.as(w.keys.riverside.read_only)('get', '/organisations');
    expect(res.body.items).toEqual([
      expect.objectContaining({ name: 'City Parks', relation: 'client' }),
      expect.objectContaining({ name: 'Riverside Outreach', relation: 'self' }),
    ]);
  });

  it('serves an OpenAPI document listing every route, without a key', async () => {
    const res = await fetch(`${w.base}/api/v1/openapi.json`);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/organisation', '/api/v1/api-keys/{id}']),
    );
  });
});
