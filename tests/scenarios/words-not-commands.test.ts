import { postShift } from '../../src/engine/runtime/events';
import { MINUTE, postWednesdayShift, seedCast } from '../support/cast';
import { seedHarbour } from '../support/harbour';
import { codeIn, Scenario } from '../support/scenario';

jest.setTimeout(180_000);

const FALLBACK_EN =
  "Sorry, we didn't understand that, so nothing was changed. Text HELP to see what you can send.";
const FALLBACK_ES =
  'Lo sentimos, no entendimos tu mensaje y no cambiamos nada. Escribe HELP para ver las palabras que puedes usar.';

/** Riverside Outreach, Ana (full-time) and Sam; Ana writes in `language`. */
async function riverside(s: Scenario, language: 'en' | 'es' | 'fr') {
  const cast = await seedCast(s, ['ana', 'sam']);
  await s.models.Person.updateOne({ _id: cast.ana._id }, { $set: { language } });
  return cast;
}

/** A shift starting in 90 minutes (Mon 23 Nov, 10:30am-2:30pm in New York), booked by Ana. */
async function bookSoonShift(s: Scenario, cast: Awaited<ReturnType<typeof riverside>>) {
  await postShift(s.runtime, {
    organisationId: cast.org.id,
    supervisorId: cast.sam.id,
    place: 'Food bank, Elm Street',
    start: new Date('2026-11-23T15:30:00Z'),
    end: new Date('2026-11-23T19:30:00Z'),
    places: 1,
  });
  await s.settle();
  const [offer] = s.inbox(cast.ana.phone!);
  const code = /(?:YES|SI|OUI) ([A-Z0-9]{3})\b/.exec(offer ?? '')?.[1];
  await s.text(cast.ana.phone!, `OK ${code}`);
  expect(s.inbox(cast.ana.phone!)).toHaveLength(1);
}

describe('ordinary words are never folded into commands', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('never takes a time of day for a NO: the offer stays open and a YES still books it', async () => {
    const cast = await riverside(s, 'en');
    await postWednesdayShift(s, cast);
    const code = codeIn(s.inbox(cast.ana.phone!)[0]);

    await s.text(cast.ana.phone!, 'see you at noon');
    expect(s.inbox(cast.ana.phone!)).toEqual([FALLBACK_EN]);
    await s.text(cast.ana.phone!, 'noon');
    expect(s.inbox(cast.ana.phone!)).toEqual([FALLBACK_EN]);

    await s.text(cast.ana.phone!, `yes ${code}`);
    expect(s.inbox(cast.ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
  });

  it.each([
    {
      language: 'en' as const,
      name: 'Maria here, new phone',
      here: 'HERE',
      answers: [FALLBACK_EN, "Thanks Ana, you're checked in. Text DONE when you finish."],
    },
    {
      language: 'es' as const,
      name: 'Aquí María, teléfono nuevo',
      here: 'aquí',
      answers: [FALLBACK_ES, 'Gracias Ana, registramos tu llegada. Escribe DONE al terminar.'],
    },
  ])(
    'does not check in "$name" when a shift is near; "$here" does ($language)',
    async ({ language, name, here, answers }) => {
      const cast = await riverside(s, language);
      await bookSoonShift(s, cast);
      await s.text(cast.ana.phone!, name);
      expect(s.inbox(cast.ana.phone!)).toEqual([answers[0]]);
      await s.text(cast.ana.phone!, here);
      expect(s.inbox(cast.ana.phone!)).toEqual([answers[1]]);
    },
  );

  it("reads a client's request that ends with a time of day as a request, not a worker's NO", async () => {
    const w = await seedHarbour(s);
    await s.text(w.maria.phone!, 'Groceries tomorrow at noon');
    expect(s.inbox(w.maria.phone!)).toEqual([
      'Groceries, Tue 24 Nov, 12-2pm, at your home. Reply YES to book or tell me what to change.',
    ]);
  });

  it('books on the ways people accept in French ("ok pour moi")', async () => {
    const cast = await riverside(s, 'fr');
    await postWednesdayShift(s, cast);
    s.inbox(cast.ana.phone!);
    await s.advance(MINUTE);
    await s.text(cast.ana.phone!, 'ok pour moi');
    expect(s.inbox(cast.ana.phone!)).toEqual([
      "C'est confirmé ! Rendez-vous le mer. 25 nov., 9 h-13 h, Riverside Park, north gate. Envoyez HERE à votre arrivée, ou DROP si vous ne pouvez pas venir.",
    ]);
  });
});
