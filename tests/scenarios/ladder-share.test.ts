import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import { seedCast } from '../support/cast';
import { Scenario } from '../support/scenario';
import { seedOrganisation } from '../support/seed';

describe('SHARE: a worker shares their record with an organisation, and withdraws it', () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  async function world() {
    const cast = await seedCast(s, ['ana', 'ben']);
    const employer = await seedOrganisation(s.models, {
      name: 'Bakery Brothers & Co.',
      smsNumbers: ['+15005550007'],
    });
    const { key } = await createApiKey(
      s.models,
      { organisation: employer._id, role: 'read_only', name: 'Bakery hiring' },
      s.clock.now(),
    );
    const api = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1${path}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    return { ...cast, employer, api };
  }

  it('lets the organisation see the record once shared, and answers 404 once withdrawn', async () => {
    const { ana, ben, employer, api } = await world();
    const anaRecord = `/shared-records/${ana.id}`;
    const unknown = await api(`/shared-records/${'0'.repeat(24)}`);
    expect(unknown.status).toBe(404);
    expect((await api(anaRecord)).status).toBe(404);

    await s.text(ana.phone!, 'SHARE bakery brothers & co');
    expect(s.inbox(ana.phone!)).toEqual([
      'Your record is now shared with Bakery Brothers & Co.. To stop, text UNSHARE Bakery Brothers & Co..',
    ]);
    const shared = await api(anaRecord);
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({
      personId: ana.id,
      name: 'Ana',
      record: { hours: { totalMinutes: 0 }, reliability: { onTime: 0, noShows: 0 } },
    });
    // A record, not a number: an organisation asks for that by inviting them to talk.
    expect(JSON.stringify(shared.body)).not.toContain(ana.phone!.slice(2));
    const list = await api('/shared-records');
    expect(list.body.items).toEqual([expect.objectContaining({ personId: ana.id })]);
    expect((await api(`/shared-records/${ben.id}`)).status).toBe(404);

    await s.text(ana.phone!, 'UNSHARE Bakery Brothers & Co.');
    expect(s.inbox(ana.phone!)).toEqual([
      'Your record is no longer shared with Bakery Brothers & Co..',
    ]);
    const withdrawn = await api(anaRecord);
    expect(withdrawn.status).toBe(404);
    expect({ ...withdrawn.body, requestId: 'x' }).toEqual({ ...unknown.body, requestId: 'x' });
    expect((await api('/shared-records')).body.items).toEqual([]);

    const audit = await s.models.AuditEvent.find({ person: ana._id }).sort({ at: 1 }).lean();
    expect(audit.map((e) => [e.action, e.outcome, String(e.organisation)])).toEqual([
      ['record.share', 'shared', employer.id],
      ['record.unshare', 'withdrawn', employer.id],
    ]);
  }, 60_000);

  it('answers in Spanish and French, and names an unknown organisation without sharing', async () => {
    const { ana, ben, api } = await world();
    await s.models.Person.updateOne({ _id: ana._id }, { $set: { language: 'es' } });
    await s.models.Person.updateOne({ _id: ben._id }, { $set: { language: 'fr' } });

    await s.text(ana.phone!, 'compartir con Bakery Brothers & Co');
    expect(s.inbox(ana.phone!)).toEqual([
      'Tu historial ahora se comparte con Bakery Brothers & Co.. Para dejar de compartirlo, escribe NO COMPARTIR Bakery Brothers & Co..',
    ]);
    expect((await api(`/shared-records/${ana.id}`)).status).toBe(200);
    await s.text(ana.phone!, 'no compartir bakery brothers & co');
    expect(s.inbox(ana.phone!)).toEqual([
      'Tu historial ya no se comparte con Bakery Brothers & Co..',
    ]);
    expect((await api(`/shared-records/${ana.id}`)).status).toBe(404);

    await s.text(ben.phone!, 'PARTAGER Boulangerie Inconnue');
    expect(s.inbox(ben.phone!)).toEqual([
      "Nous ne connaissons pas d'organisation appelée « Boulangerie Inconnue ». Envoyez PARTAGER et son nom complet.",
    ]);
    await s.text(ben.phone!, 'ne plus partager Bakery Brothers & Co');
    expect(s.inbox(ben.phone!)).toEqual([
      "Votre dossier n'était pas partagé avec Bakery Brothers & Co..",
    ]);
    expect(await s.models.Share.countDocuments({ person: ben._id })).toBe(0);
  }, 60_000);
});
