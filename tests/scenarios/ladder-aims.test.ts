import { postWednesdayShift, seedCast } from '../support/cast';
import { Scenario } from '../support/scenario';
import { seedOrganisation } from '../support/seed';
import { createApiKey } from '../../src/http/api/v1/auth/api-keys';

const LINK = /(http:\/\/\S+\/record\/\S+)$/;

async function aimsOf(s: Scenario, person: { _id: unknown }) {
  const found = await s.models.Person.findById(person._id, { aims: 1 }).lean();
  return (found?.aims ?? []).map(({ kind, words, by }) => ({
    kind,
    ...(words ? { words } : {}),
    by,
  }));
}

describe('aims: a worker says what they would like next', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('states an aim in a sentence in English, Spanish or French, and hears back what was understood', async () => {
    const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam', 'cora']);
    await s.models.Person.updateOne({ _id: cast.cleo._id }, { $set: { language: 'es' } });
    await s.models.Person.updateOne({ _id: cast.ben._id }, { $set: { language: 'fr' } });

    await s.text(cast.ana.phone!, "I'd like to try nutrition work");
    expect(s.inbox(cast.ana.phone!)).toEqual([
      "Got it: you'd like to try nutrition work. Coordinators will see it.",
    ]);
    await s.text(cast.cleo.phone!, 'quiero mas horas');
    expect(s.inbox(cast.cleo.phone!)).toEqual([
      'Entendido: te gustaría más horas. Los coordinadores lo verán.',
    ]);
    await s.text(cast.ben.phone!, 'Je cherche un emploi stable');
    expect(s.inbox(cast.ben.phone!)).toEqual([
      "C'est noté : vous aimeriez un emploi stable. Les coordinateurs le verront.",
    ]);

    expect(await aimsOf(s, cast.ana)).toEqual([
      { kind: 'work_type', words: 'nutrition', by: 'self' },
    ]);
    expect(await aimsOf(s, cast.cleo)).toEqual([{ kind: 'more_hours', by: 'self' }]);
    expect(await aimsOf(s, cast.ben)).toEqual([{ kind: 'steady_job', by: 'self' }]);

    // The newest of a kind replaces the older one.
    await s.text(cast.cleo.phone!, 'me gustaría trabajar más horas');
    s.inbox(cast.cleo.phone!);
    expect(await aimsOf(s, cast.cleo)).toEqual([{ kind: 'more_hours', by: 'self' }]);
  }, 90_000);

  it('AIMS asks what they would like next, and the next reply is the aim', async () => {
    const cast = await seedCast(s, ['ana', 'cleo', 'sam', 'cora']);
    await s.models.Person.updateOne({ _id: cast.cleo._id }, { $set: { language: 'es' } });

    await s.text(cast.ana.phone!, 'AIMS');
    expect(s.inbox(cast.ana.phone!)).toEqual([
      'What would you like next? e.g. more hours, to try another kind of work, a steady job, training',
    ]);
    await s.text(cast.ana.phone!, 'a steady job');
    expect(s.inbox(cast.ana.phone!)).toEqual([
      "Got it: you'd like a steady job. Coordinators will see it.",
    ]);

    await s.text(cast.cleo.phone!, 'METAS');
    expect(s.inbox(cast.cleo.phone!)).toEqual([
      '¿Qué te gustaría ahora? p. ej. más horas, probar otro tipo de trabajo, un trabajo fijo, formación',
    ]);
    await s.text(cast.cleo.phone!, 'cuidar personas mayores');
    expect(s.inbox(cast.cleo.phone!)).toEqual([
      'Entendido: te gustaría «cuidar personas mayores». Los coordinadores lo verán.',
    ]);
    // The question was answered: the same words again are not understood.
    await s.text(cast.cleo.phone!, 'cuidar personas mayores');
    expect(s.inbox(cast.cleo.phone!)).not.toEqual([expect.stringMatching(/^Entendido/)]);

    expect(await aimsOf(s, cast.ana)).toEqual([{ kind: 'steady_job', by: 'self' }]);
    expect(await aimsOf(s, cast.cleo)).toEqual([{ kind: 'other', by: 'self' }]);
  }, 90_000);

  it('an aim said while an offer is open is an aim, and "I want it" still takes the shift', async () => {
    const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam', 'cora']);
    const shift = await postWednesdayShift(s, cast);
    expect(s.inbox(cast.ana.phone!)).toHaveLength(1);

    await s.text(cast.ana.phone!, 'I want more hours');
    expect(s.inbox(cast.ana.phone!)).toEqual([
      "Got it: you'd like more hours. Coordinators will see it.",
    ]);
    expect(await s.models.Assignment.countDocuments({ shift: shift._id })).toBe(0);

    await s.text(cast.ana.phone!, 'I want it');
    expect(
      await s.models.Assignment.countDocuments({ shift: shift._id, person: cast.ana._id }),
    ).toBe(1);
    expect(await aimsOf(s, cast.ana)).toEqual([{ kind: 'more_hours', by: 'self' }]);
  }, 90_000);

  it('the record page shows the aims in the worker’s language', async () => {
    const cast = await seedCast(s, ['ana', 'cleo', 'sam', 'cora']);
    await s.models.Person.updateOne({ _id: cast.cleo._id }, { $set: { language: 'es' } });
    await s.text(cast.cleo.phone!, 'me gustaría probar trabajo de nutrición');
    await s.text(cast.cleo.phone!, 'busco un trabajo fijo');
    s.inbox(cast.cleo.phone!);

    await s.text(cast.cleo.phone!, 'mi historial');
    const [link] = s.inbox(cast.cleo.phone!);
    const html = await (await fetch(LINK.exec(link!)![1]!)).text();
    expect(html).toContain('<h2>Lo que me gustaría</h2>');
    expect(html).toContain('<li>probar trabajo de nutrición</li>');
    expect(html).toContain('<li>un trabajo fijo</li>');
  }, 90_000);

  it('a coordinator records aims through the API; GET /people/:id shows them; another organisation gets 404', async () => {
    const cast = await seedCast(s, ['ana', 'sam', 'cora']);
    const other = await seedOrganisation(s.models, {
      name: 'Eastside',
      smsNumbers: ['+15005550007'],
    });
    const keyOf = async (organisation: typeof cast.org) =>
      (
        await createApiKey(
          s.models,
          { organisation: organisation._id, role: 'coordinator', name: 'aims' },
          s.clock.now(),
        )
      ).key;
    const ours = await keyOf(cast.org);
    const theirs = await keyOf(other);
    const api = async (key: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: (await res.json()) as { aims?: unknown[] } };
    };
    await s.text(cast.ana.phone!, 'I want more hours');
    const put = { aims: [{ kind: 'training', text: 'Food hygiene course' }] };
    const path = `/people/${cast.ana._id.toString()}/aims`;
    expect((await api(theirs, 'PUT', path, put)).status).toBe(404);
    expect(
      (await api(ours, 'PUT', path, { aims: [{ kind: 'work_type', text: 'x' }] })).status,
    ).toBe(400);
    const saved = await api(ours, 'PUT', path, put);
    expect(saved.status).toBe(200);
    expect(saved.body.aims).toEqual([
      expect.objectContaining({ kind: 'more_hours', by: 'self' }),
      expect.objectContaining({
        kind: 'training',
        text: 'Food hygiene course',
        by: expect.stringMatching(/^api-key:/),
      }),
    ]);
    const person = await api(ours, 'GET', `/people/${cast.ana._id.toString()}`);
    expect(person.body.aims).toEqual(saved.body.aims);
  }, 90_000);
});
