import { HOUR } from '../support/cast';
import { seedProgramme, ROOMY_TERMS, type ProgrammeWorld } from '../support/programme-world';
import { codeIn, Scenario } from '../support/scenario';

const SATURDAY = 'Sat 28 Nov, 9am-1pm';
const PLACE = 'trash pick, Riverside Park';
const TWO_SLOTS = 'BROADCAST 2 trash pick Sat 9-1 Riverside Park';
/** Mondays only, 9-5: never free on a Saturday. */
const MONDAYS_ONLY = { availability: [{ weekday: 1, start: '09:00', end: '17:00' }] };

/** The coordinator broadcasts and says YES; returns the two answers she was sent. */
async function broadcastAndSend(s: Scenario, w: ProgrammeWorld, text: string, yes = 'YES') {
  await s.text(w.cora.phone!, text);
  const preview = s.inbox(w.cora.phone!);
  await s.text(w.cora.phone!, yes);
  return [...preview, ...s.inbox(w.cora.phone!)];
}

type Participant = ProgrammeWorld['participants'][number];

const offerTexts = (s: Scenario, w: ProgrammeWorld) =>
  w.participants.map((p) => s.inbox(p.phone).length);

describe('BROADCAST: what the coordinator is told', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('previews exactly the number invited: a participant not free that day is neither counted nor texted', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z'); // Mon 23 Nov, 10am in New York
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      participant: (i) => (i === 1 ? MONDAYS_ONLY : {}),
    });
    expect(await broadcastAndSend(s, w, TWO_SLOTS)).toEqual([
      `2 places, ${SATURDAY}, ${PLACE}: 2 people with hours left. Reply YES to send.`,
      `Sent to 2 people: 2 places, ${SATURDAY}, ${PLACE}.`,
    ]);
    expect(offerTexts(s, w)).toEqual([1, 0, 1]);
  }, 60_000);

  it('previews the number invited in French too', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      coordinator: { language: 'fr' },
      participant: (i) => (i === 2 ? MONDAYS_ONLY : {}),
    });
    expect(
      await broadcastAndSend(s, w, 'DIFFUSION 2 ramassage sam 9-13 Riverside Park', 'OUI'),
    ).toEqual([
      '2 places, sam. 28 nov., 9 h-13 h, ramassage, Riverside Park : 2 personnes avec des heures. Répondez OUI pour envoyer.',
      'Envoyé à 2 personnes : 2 places, sam. 28 nov., 9 h-13 h, ramassage, Riverside Park.',
    ]);
    expect(offerTexts(s, w)).toEqual([1, 1, 0]);
  }, 60_000);

  it('tells the coordinator "2/2 filled, 0 waiting" once when the slots fill, of a dropped place, and who covers it', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 4, ROOMY_TERMS);
    await broadcastAndSend(s, w, TWO_SLOTS);
    const [p1, p2, p3, p4] = w.participants as [Participant, Participant, Participant, Participant];
    for (const p of [p1, p2]) await s.text(p.phone, 'YES');
    expect(s.inbox(w.cora.phone!)).toEqual([`2/2 filled, 0 waiting: ${SATURDAY}, ${PLACE}.`]);
    for (const p of [p3, p4]) await s.text(p.phone, 'YES');
    expect(s.inbox(w.cora.phone!)).toEqual([]);

    await s.text(p2.phone, 'DROP');
    await s.text(p2.phone, 'DROP');
    expect(s.inbox(w.cora.phone!)).toEqual([
      `Participant 2 dropped a place: ${SATURDAY}, ${PLACE}. It goes to the wait list first.`,
    ]);
    s.inbox(p3.phone);
    await s.text(p3.phone, 'YES');
    // Refilled from the wait list: told who covers, not "filled" again.
    expect(s.inbox(w.cora.phone!)).toEqual([`Participant 3 is covering ${SATURDAY}, ${PLACE}.`]);
  }, 90_000);

  it('tells a Spanish-speaking coordinator the slots filled and of a dropped place, in Spanish', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, { coordinator: { language: 'es' } });
    await broadcastAndSend(s, w, 'DIFUSION 1 limpieza sab 9-13 Riverside Park', 'SI');
    const [p1, p2] = w.participants as [Participant, Participant];
    await s.text(p1.phone, 'YES');
    await s.text(p2.phone, 'YES');
    await s.text(p1.phone, 'DROP');
    await s.text(p1.phone, 'DROP');
    expect(s.inbox(w.cora.phone!)).toEqual([
      '1/1 plazas cubiertas, 0 en espera: sab 28 nov, 9-13 h, limpieza, Riverside Park.',
      'Participant 1 dejo su plaza: sab 28 nov, 9-13 h, limpieza, Riverside Park. Se ofrece primero a la lista de espera.',
    ]);
  }, 90_000);

  it('at night, says the invitations go out when quiet hours end, and sends them then', async () => {
    // Sun 22 Nov, 11pm in New York: quiet hours (9pm-8am).
    s = await Scenario.start('2026-11-23T04:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      organisation: { quietHours: { start: '21:00', end: '08:00' } },
    });
    expect(await broadcastAndSend(s, w, TWO_SLOTS)).toEqual([
      `2 places, ${SATURDAY}, ${PLACE}: 3 people with hours left. Quiet hours now: texts go out at 8am. Reply YES to send.`,
      `Ready for 3 people: 2 places, ${SATURDAY}, ${PLACE}. Quiet hours now: texts go out at 8am.`,
    ]);
    expect(offerTexts(s, w)).toEqual([0, 0, 0]);
    await s.advance(9 * HOUR); // 8am
    const offers = w.participants.map((p) => s.inbox(p.phone));
    for (const inbox of offers) {
      expect(inbox).toEqual([
        `New shift from Riverside Outreach: ${SATURDAY}, ${PLACE}. Reply YES ${codeIn(inbox[0])} to take it or NO ${codeIn(inbox[0])}.`,
      ]);
    }
  }, 90_000);

  it('at night, tells a French-speaking coordinator when the invitations will go out', async () => {
    s = await Scenario.start('2026-11-23T04:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      organisation: { quietHours: { start: '21:00', end: '08:00' } },
      coordinator: { language: 'fr' },
    });
    expect(
      await broadcastAndSend(s, w, 'DIFFUSION 2 ramassage sam 9-13 Riverside Park', 'OUI'),
    ).toEqual([
      '2 places, sam. 28 nov., 9 h-13 h, ramassage, Riverside Park : 3 personnes avec des heures. Heures de repos : envoi à 8 h. Répondez OUI pour envoyer.',
      'Prêt pour 3 personnes : 2 places, sam. 28 nov., 9 h-13 h, ramassage, Riverside Park. Heures de repos : envoi à 8 h.',
    ]);
  }, 60_000);
});
