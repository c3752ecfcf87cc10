import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import {
  MINUTE,
  postThursdayShift,
  postWednesdayShift,
  seedCast,
  type Cast,
} from '../support/cast';
import { Scenario } from '../support/scenario';

jest.setTimeout(180_000);

const WEDNESDAY = 'Wed 25 Nov, 9am-1pm, Riverside Park, north gate';
const BOOKED_WEDNESDAY = `You're booked: ${WEDNESDAY}. Text HERE when you arrive. Can't make it? Text DROP.`;
const BOOKED_THURSDAY =
  "You're booked: Thu 26 Nov, 10am-2pm, Food bank, Elm Street. Text HERE when you arrive. Can't make it? Text DROP.";
const TOLD =
  "Thanks, we've passed your message to Riverside Outreach. A person will text you back soon.";
/** The code an offer asks to quote, in any language. */
const codeOf = (text: string | undefined) =>
  /(?:YES|SI|OUI) ([A-Z0-9]{3})\b/.exec(text ?? '')?.[1] ?? 'none';

type World = Cast<'ana' | 'sam' | 'cora'>;

/** Riverside with Ana offered the Wednesday shift, coordinated by Cora. */
async function offered(s: Scenario, language: 'en' | 'es' | 'fr' = 'en') {
  const cast = await seedCast(s, ['ana', 'sam', 'cora']);
  await s.models.Person.updateOne({ _id: cast.ana._id }, { $set: { language } });
  await postWednesdayShift(s, cast);
  const [offer] = s.inbox(cast.ana.phone!);
  return { ...cast, code: codeOf(offer), offer: offer ?? '' };
}

/** Ana, writing in `language`, offered the Wednesday and Thursday shifts at once. */
async function twoOffers(s: Scenario, language: 'en' | 'es' = 'en') {
  const w = await seedCast(s, ['ana', 'sam'], { offerStrategy: { kind: 'broadcast' } });
  await s.models.Person.updateOne({ _id: w.ana._id }, { $set: { language } });
  await postWednesdayShift(s, w);
  await s.advance(MINUTE);
  await postThursdayShift(s, w);
  return { ...w, codes: s.inbox(w.ana.phone!).map(codeOf) };
}

/** The console's reply box, as a coordinator's key calls it. */
async function answerFromConsole(s: Scenario, w: World, text: string, ref: string) {
  const { key } = await createApiKey(
    s.models,
    { organisation: w.org._id, role: 'coordinator', name: 'Cora at the desk' },
    s.clock.now(),
  );
  const res = await fetch(
    `http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1/people/${w.ana.id}/messages`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, ref }),
    },
  );
  expect(res.status).toBe(201);
  await s.settle();
  return (await res.json()) as { suppressed: string | null; sentBy: { name: string } };
}

describe('when Shiftline does not understand, a person answers', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('hands a conditional yes and a question to the coordinator at once, and the coordinator answers from the console', async () => {
    const w = await offered(s);
    await s.text(w.ana.phone!, 'yes if I can leave by 3');
    expect(s.inbox(w.ana.phone!)).toEqual([TOLD]);
    expect(s.inbox(w.cora.phone!)).toEqual([
      `Ana (${w.ana.phone}) asks about the shift ${WEDNESDAY}: "yes if I can leave by 3". Reply from the console.`,
    ]);
    expect(await s.models.Assignment.countDocuments()).toBe(0);

    // A second question joins the open hand-off: the worker is told again, the coordinator not.
    await s.text(w.ana.phone!, 'how long is it?');
    expect(s.inbox(w.ana.phone!)).toEqual([TOLD]);
    expect(s.inbox(w.cora.phone!)).toEqual([]);
    const [handOff] = await s.models.HandOff.find({ person: w.ana._id }).lean();
    expect(handOff?.reason).toBe('condition');
    expect(handOff?.transcript.map((l) => [l.from, l.text])).toEqual([
      ['shiftline', w.offer],
      ['worker', 'yes if I can leave by 3'],
      ['shiftline', TOLD],
      ['worker', 'how long is it?'],
    ]);

    const answer = await answerFromConsole(s, w, '4 hours, and yes you can leave at 3.', 'a1');
    expect(answer).toMatchObject({ suppressed: null, sentBy: { name: 'Cora at the desk' } });
    expect(s.inbox(w.ana.phone!)).toEqual([
      'Riverside Outreach: 4 hours, and yes you can leave at 3.',
    ]);
    // The same words again in a row are not sent twice.
    const again = await answerFromConsole(s, w, '4 hours, and yes you can leave at 3.', 'a2');
    expect(again.suppressed).toBe('repeat');
    expect(s.inbox(w.ana.phone!)).toEqual([]);

    // Answered: the next question reaches the coordinator again.
    await s.text(w.ana.phone!, "what's the address?");
    expect(s.inbox(w.ana.phone!)).toEqual([TOLD]);
    expect(s.inbox(w.cora.phone!)).toEqual([
      `Ana (${w.ana.phone}) asks about the shift ${WEDNESDAY}: "what's the address?". Reply from the console.`,
    ]);
    await s.text(w.ana.phone!, `YES ${w.code}`);
    expect(s.inbox(w.ana.phone!)).toEqual([BOOKED_WEDNESDAY]);
  });

  it('tells a Spanish worker in Spanish that a person will answer', async () => {
    const w = await offered(s, 'es');
    await s.text(w.ana.phone!, '¿cuál es la dirección?');
    expect(s.inbox(w.ana.phone!)).toEqual([
      'Gracias, pasamos tu mensaje a Riverside Outreach. Una persona te va a escribir pronto.',
    ]);
    expect(s.inbox(w.cora.phone!)).toEqual([
      `Ana (${w.ana.phone}) asks about the shift ${WEDNESDAY}: "¿cuál es la dirección?". Reply from the console.`,
    ]);
  });

  it('lists in HELP the commands that apply now: the open offer, then the place held', async () => {
    const w = await offered(s);
    await s.text(w.ana.phone!, 'HELP');
    expect(s.inbox(w.ana.phone!)).toEqual([
      `Riverside Outreach: text YES ${w.code} or NO ${w.code} to answer the offer, STATUS for your shifts, HOURS for your hours, RECORD for your record. Questions? Call 555-0100. Text STOP to opt out.`,
    ]);
    await s.text(w.ana.phone!, `YES ${w.code}`);
    s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, 'help');
    expect(s.inbox(w.ana.phone!)).toEqual([
      "Riverside Outreach: text DROP if you can't go, STATUS for your shifts, HOURS for your hours, RECORD for your record. Questions? Call 555-0100. Text STOP to opt out.",
    ]);
  });

  it('lists the commands in French too', async () => {
    const w = await offered(s, 'fr');
    await s.text(w.ana.phone!, 'AIDE');
    expect(s.inbox(w.ana.phone!)).toEqual([
      `Riverside Outreach : envoyez OUI ${w.code} ou NON ${w.code} pour répondre à l'offre, STATUS pour vos créneaux, HOURS pour vos heures, DOSSIER pour votre dossier. Questions : 555-0100. Envoyez STOP pour ne plus rien recevoir.`,
    ]);
  });

  it.each([
    { text: (codes: string[]) => `YES ${codes.join(' ')}`, said: 'YES <code> <code>' },
    { text: () => 'yes to both', said: 'yes to both' },
  ])('takes both open offers on "$said"', async ({ text }) => {
    const w = await twoOffers(s);
    await s.text(w.ana.phone!, text(w.codes));
    expect(s.inbox(w.ana.phone!)).toEqual([BOOKED_WEDNESDAY, BOOKED_THURSDAY]);
    expect(await s.models.Assignment.countDocuments({ person: w.ana._id })).toBe(2);
  });

  it('takes both on "sí a los dos" (Spanish)', async () => {
    const w = await twoOffers(s, 'es');
    await s.text(w.ana.phone!, 'sí a los dos');
    expect(s.inbox(w.ana.phone!)).toEqual([
      '¡Listo! Te esperamos el mié 25 nov, 9-13 h, Riverside Park, north gate. Escribe HERE al llegar. Si no puedes ir, escribe DROP.',
      '¡Listo! Te esperamos el jue 26 nov, 10-14 h, Food bank, Elm Street. Escribe HERE al llegar. Si no puedes ir, escribe DROP.',
    ]);
    expect(await s.models.Assignment.countDocuments({ person: w.ana._id })).toBe(2);
  });

  it('names the shift when an offer closes (French)', async () => {
    const w = await offered(s, 'fr');
    await s.advance(31 * MINUTE);
    expect(s.inbox(w.ana.phone!)).toEqual([
      "Désolé, l'offre du mer. 25 nov., 9 h-13 h, Riverside Park, north gate est terminée. Nous vous écrirons la prochaine fois.",
    ]);
  });
});
