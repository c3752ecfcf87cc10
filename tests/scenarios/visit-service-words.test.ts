import { seedHarbour, type World } from '../support/harbour';
import { Scenario } from '../support/scenario';

jest.setTimeout(180_000);

describe('a service named with a word for any visit books that service', () => {
  let s: Scenario;
  let w: World;

  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    w = await seedHarbour(s);
    // Besides groceries and meal: nutrition, and a companionship service called "visit".
    await s.models.Service.create(
      [
        {
          key: 'nutrition',
          names: { en: ['nutrition'], es: ['nutrición'], fr: ['nutrition'] },
          defaultMinutes: 60,
        },
        {
          key: 'visit',
          names: { en: ['visit', 'company'], es: ['visita', 'compañía'], fr: ['visite'] },
          defaultMinutes: 60,
        },
      ].map((service) => ({ ...service, organisation: w.org._id, createdAt: s.clock.now() })),
    );
  });
  afterEach(() => s.stop());

  it('books "a nutrition visit" as nutrition, not asking which service', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'can I get a nutrition visit tuesday at 10am?');
    expect(s.inbox(maria)).toEqual([
      'Nutrition, Tue 24 Nov, 10-11am, at your home. Reply YES to book or tell me what to change.',
    ]);
    await s.text(maria, 'yes');
    const shifts = await s.models.Shift.find({ client: w.maria._id }).lean();
    expect(shifts.map((x) => x.service)).toEqual(['nutrition']);
  });

  it.each([
    {
      language: 'Spanish',
      client: 'rosa' as const,
      text: 'necesito una visita de nutrición el miércoles a las 11',
      answer:
        'Nutrición, mié 25 nov, 11-12 h, en su casa. Responda SI para reservar o cuénteme qué cambiar.',
    },
    {
      language: 'French',
      client: 'louis' as const,
      text: 'une visite de nutrition jeudi à 14h',
      answer:
        'Nutrition, jeu. 26 nov., 14 h-15 h, chez vous. Répondez OUI pour réserver ou dites-moi quoi changer.',
    },
  ])('reads the service beside the word for a visit in $language', async (c) => {
    const phone = w[c.client].phone!;
    await s.text(phone, c.text);
    expect(s.inbox(phone)).toEqual([c.answer]);
  });
});
