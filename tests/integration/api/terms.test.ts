import { createApiKey } from '../../../src/http/api/v1/auth/api-keys';
import { startApiWorld, type ApiWorld, type Call } from '../../support/api';
import { seedOrganisation } from '../../support/seed';

const HOME_CARE = {
  chargeCentsPerHour: 2_500,
  skills: ['home_care'],
  areas: ['Brooklyn'],
  noticeHours: 24,
};

describe('standing terms and partnering by accepting them', () => {
  let w: ApiWorld;
  let made = 0;

  beforeAll(async () => {
    w = await startApiWorld();
  });
  afterAll(() => w.stop());

  /** A new organisation (no number) and its admin's calls. */
  async function organisation(name: string) {
    made += 1;
    const org = await seedOrganisation(w.h.models, { name: `${name} ${made}`, smsNumbers: [] });
    const { key } = await createApiKey(
      w.h.models,
      { organisation: org._id, role: 'admin', name: 'admin' },
      new Date(),
    );
    return { id: org.id as string, name: org.name, admin: w.as(key) };
  }

  const publish = async (admin: Call, body: object) => {
    const res = await admin('post', '/organisation/terms', body);
    expect(res.status).toBe(201);
    return res.body;
  };

  it('publishes terms as versions: the new one is open to accept, the one before is closed and kept', async () => {
    const provider = await organisation('Brooklyn Care');
    expect((await provider.admin('get', '/organisation/terms')).body.items).toEqual([]);

    const first = await publish(provider.admin, HOME_CARE);
    const second = await publish(provider.admin, { ...HOME_CARE, chargeCentsPerHour: 2_700 });

    expect(first).toMatchObject({
      organisation: { id: provider.id, name: provider.name },
      version: 1,
      ...HOME_CARE,
      autoPartner: false,
      published: true,
      closedAt: null,
    });
    expect(second).toMatchObject({ version: 2, chargeCentsPerHour: 2_700, published: true });
    const own = (await provider.admin('get', '/organisation/terms')).body.items;
    expect(own).toEqual([second, { ...first, published: false, closedAt: expect.any(String) }]);
    const listed = (await w.as(w.keys.harbour.read_only)('get', '/terms?limit=200')).body.items;
    const theirs = listed.filter(
      (t: { organisation: { id: string } }) => t.organisation.id === provider.id,
    );
    expect(theirs).toEqual([second]);
    const stored = await w.h.models.PartnershipTerms.findById(first.id).lean();
    expect(stored).toMatchObject({ published: false, closedAt: expect.any(Date) });
    const audited = await w.h.models.AuditEvent.find({ organisation: provider.id })
      .sort({ _id: 1 })
      .lean();
    expect(audited.map((e) => [e.action, e.outcome, e.data.version])).toEqual([
      ['terms.published', 'published', 1],
      ['terms.published', 'published', 2],
    ]);
  });

  it('refuses terms it cannot read, naming each field', async () => {
    const provider = await organisation('Vague Care');
    const res = await provider.admin('post', '/organisation/terms', {
      chargeCentsPerHour: -1,
      noticeHours: 1.5,
      skills: [''],
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'chargeCentsPerHour',
      'noticeHours',
      'skills.0',
    ]);
  });

  it('partners an organisation that accepts terms published with autoPartner at once, under that version, audited for both', async () => {
    const provider = await organisation('Auto Care');
    const client = await organisation('Auto Client');
    const terms = await publish(provider.admin, { ...HOME_CARE, autoPartner: true });

    const res = await client.admin('post', `/terms/${terms.id}/accept`);

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      provider: { id: provider.id },
      client: { id: client.id },
      chargeCentsPerHour: 2_500,
      side: 'client',
      pending: false,
      awaiting: null,
      terms: {
        id: terms.id,
        version: 1,
        skills: ['home_care'],
        areas: ['Brooklyn'],
        noticeHours: 24,
      },
      endedAt: null,
    });
    const seenByProvider = await provider.admin('get', `/partnerships/${res.body.id}`);
    expect(seenByProvider.body).toMatchObject({ side: 'provider', pending: false });
    for (const side of [provider.id, client.id]) {
      const events = await w.h.models.AuditEvent.find({
        organisation: side,
        action: 'partnership.terms_accepted',
      }).lean();
      expect(events.map((e) => [e.outcome, e.data])).toEqual([
        [
          'in_force',
          expect.objectContaining({
            partnership: res.body.id,
            by: client.id,
            terms: terms.id,
            termsVersion: 1,
            chargeCentsPerHour: 2_500,
          }),
        ],
      ]);
    }
  });

  it('leaves a partnership pending until the publisher accepts when it does not partner automatically', async () => {
    const provider = await organisation('Careful Care');
    const client = await organisation('Careful Client');
    const terms = await publish(provider.admin, HOME_CARE);

    const res = await client.admin('post', `/terms/${terms.id}/accept`);
    expect(res.body).toMatchObject({ pending: true, awaiting: 'provider' });
    const byClient = await client.admin('post', `/partnerships/${res.body.id}/accept`);
    expect(byClient.status).toBe(403);
    const byProvider = await provider.admin('post', `/partnerships/${res.body.id}/accept`);

    expect(byProvider.status).toBe(200);
    expect(byProvider.body).toMatchObject({ pending: false, awaiting: null, side: 'provider' });
    const events = await w.h.models.AuditEvent.find({ organisation: client.id })
      .sort({ _id: 1 })
      .lean();
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['partnership.terms_accepted', 'pending'],
      ['partnership.accepted', 'in_force'],
    ]);
  });

  it('keeps a partnership made under terms as it was when the terms change, and refuses the old version', async () => {
    const provider = await organisation('Changing Care');
    const client = await organisation('Steady Client');
    const late = await organisation('Late Client');
    const first = await publish(provider.admin, { ...HOME_CARE, autoPartner: true });
    const partnership = (await client.admin('post', `/terms/${first.id}/accept`)).body;

    await publish(provider.admin, {
      chargeCentsPerHour: 4_000,
      skills: ['meals'],
      areas: [],
      noticeHours: 2,
      autoPartner: true,
    });

    const after = await client.admin('get', `/partnerships/${partnership.id}`);
    expect(after.body).toEqual(partnership);
    const old = await late.admin('post', `/terms/${first.id}/accept`);
    expect(old.status).toBe(404);
  });

  it('refuses its own terms, a second partnership with the publisher, and withdrawn terms', async () => {
    const provider = await organisation('Picky Care');
    const client = await organisation('Picky Client');
    const terms = await publish(provider.admin, { ...HOME_CARE, autoPartner: true });

    expect((await provider.admin('post', `/terms/${terms.id}/accept`)).status).toBe(400);
    expect((await client.admin('post', `/terms/${terms.id}/accept`)).status).toBe(201);
    const again = await client.admin('post', `/terms/${terms.id}/accept`);
    expect(again).toMatchObject({ status: 409, body: { code: 'already_exists' } });

    const other = await organisation('Other Client');
    expect((await other.admin('delete', `/terms/${terms.id}`)).status).toBe(404);
    const withdrawn = await provider.admin('delete', `/terms/${terms.id}`);
    expect(withdrawn.body).toMatchObject({ id: terms.id, published: false });
    expect((await provider.admin('delete', `/terms/${terms.id}`)).body).toEqual(withdrawn.body);
    const audited = await w.h.models.AuditEvent.find({ action: 'terms.withdrawn' }).lean();
    expect(audited.map((e) => [String(e.organisation), e.outcome, e.data.terms])).toEqual([
      [provider.id, 'withdrawn', terms.id],
    ]);
    expect((await other.admin('post', `/terms/${terms.id}/accept`)).status).toBe(404);
    const listed = (await other.admin('get', '/terms?limit=200')).body.items;
    expect(listed.map((t: { id: string }) => t.id)).not.toContain(terms.id);
  });

  it('ends a partnership made under terms keeping its record, and accepting again makes it anew under the current version', async () => {
    const provider = await organisation('Ending Care');
    const client = await organisation('Ending Client');
    const first = await publish(provider.admin, { ...HOME_CARE, autoPartner: true });
    const made = (await client.admin('post', `/terms/${first.id}/accept`)).body;

    const ended = await provider.admin('delete', `/partnerships/${made.id}`);
    expect(ended.body).toMatchObject({ id: made.id, endedAt: expect.any(String) });
    expect((await client.admin('get', `/partnerships/${made.id}`)).body.endedAt).toBe(
      ended.body.endedAt,
    );
    const second = await publish(provider.admin, { ...HOME_CARE, chargeCentsPerHour: 3_000 });
    const renewed = await client.admin('post', `/terms/${second.id}/accept`);

    expect(renewed.body).toMatchObject({
      id: made.id,
      chargeCentsPerHour: 3_000,
      pending: true,
      awaiting: 'provider',
      terms: { id: second.id, version: 2 },
      endedAt: null,
    });
    // In the order they were written: a find without a sort has none (FerretDB's differs).
    const actions = await w.h.models.AuditEvent.find({ organisation: client.id })
      .sort({ _id: 1 })
      .lean();
    expect(actions.map((e) => [e.action, e.outcome])).toEqual([
      ['partnership.terms_accepted', 'in_force'],
      ['partnership.ended', 'ended'],
      ['partnership.terms_accepted', 'pending'],
    ]);
  });

  it('does not let the publisher change the charge of a partnership made under its terms', async () => {
    const provider = await organisation('Fixed Care');
    const client = await organisation('Fixed Client');
    const terms = await publish(provider.admin, HOME_CARE);
    const made = (await client.admin('post', `/terms/${terms.id}/accept`)).body;

    const res = await provider.admin('patch', `/partnerships/${made.id}`, {
      chargeCentsPerHour: 9_999,
    });

    expect(res).toMatchObject({ status: 409, body: { code: 'state_conflict' } });
    expect((await client.admin('get', `/partnerships/${made.id}`)).body.chargeCentsPerHour).toBe(
      2_500,
    );
  });
});
