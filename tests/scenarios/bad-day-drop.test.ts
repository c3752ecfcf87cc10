import {
  HOUR,
  MINUTE,
  postThursdayShift,
  postWednesdayShift,
  seedCast,
  takeOffer,
} from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

const SUPPORT = 'call or text (555) 010-9876';

/**
 * Ana (full-time, then writing in `language`) booked on Wednesday's shift; Ben (part-time) and Cleo
 * (on-call) not offered it yet. The organisation's support line is `supportContact`, if given.
 */
async function anaBooked(
  s: Scenario,
  language: 'en' | 'es' | 'fr',
  organisation: Record<string, unknown> = {},
) {
  const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam'], organisation);
  const shift = await postWednesdayShift(s, cast);
  await takeOffer(s, cast.ana);
  s.inbox(cast.ana.phone!); // booked
  // She writes in her language from now on, as after a language switch.
  await s.models.Person.updateOne({ _id: cast.ana._id }, { $set: { language } });
  const seats = () =>
    s.models.Assignment.find({ shift: shift._id })
      .lean()
      .then((all) => all.map((a) => a.person.toString()));
  expect(await seats()).toEqual([cast.ana.id]);
  const drops = () =>
    s.models.WorkRecord.find({ kind: 'drop' })
      .lean()
      .then((all) => all.map((r) => [r.person?.toString(), r.data.reason ?? null]));
  return { ...cast, shift, seats, drops };
}

describe('a worker who is not well is released from their shift by text', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('releases at once for "can\'t make it, I\'m sick", gives the support line, records an unwell drop and re-offers the place urgently', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, ben, cleo, seats, drops } = await anaBooked(s, 'en', {
      supportContact: SUPPORT,
    });

    await s.advance(HOUR);
    await s.text(ana.phone!, "I'm not sick, I'll be there");
    expect(s.inbox(ana.phone!)).toEqual([
      "Sorry, we didn't understand that, so nothing was changed. Text HELP to see what you can send.",
    ]);
    expect(await seats()).toEqual([ana.id]);

    await s.text(ana.phone!, "can't make it, I'm sick");
    expect(s.inbox(ana.phone!)).toEqual([
      `Sorry you're not well. You're no longer booked for Wed 25 Nov, 9am-1pm, and it won't count against you. If you need support: ${SUPPORT}. Take care.`,
    ]);
    expect(await seats()).toEqual([]);
    expect(await drops()).toEqual([[ana.id, 'unwell']]);

    // Re-offered as after a drop: on-call first, urgently.
    const [urgent] = s.inbox(cleo.phone!);
    const code = codeIn(urgent);
    expect(urgent).toBe(
      `Urgent: shift starting soon, Wed 25 Nov, 9am-1pm, Riverside Park, north gate (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`,
    );
    expect(s.inbox(ben.phone!)).toEqual([]);

    // Nothing left to release: still a kind answer, with the support line.
    await s.text(ana.phone!, 'having a bad day');
    expect(s.inbox(ana.phone!)).toEqual([
      `Sorry you're not well. You have nothing booked, so nothing changes. If you need support: ${SUPPORT}. Take care.`,
    ]);
  }, 60_000);

  it('releases a Spanish speaker for "me siento mal", without a support line when the organisation has none', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, cleo, seats, drops } = await anaBooked(s, 'es');

    await s.text(ana.phone!, 'no estoy enfermo, ahí estaré');
    expect(s.inbox(ana.phone!)).toHaveLength(1); // not understood, nothing changed
    expect(await seats()).toEqual([ana.id]);

    await s.text(ana.phone!, 'me siento mal');
    expect(s.inbox(ana.phone!)).toEqual([
      'Lamentamos que no te sientas bien. Liberamos tu lugar del mié 25 nov, 9-13 h y no cuenta en tu contra. Que te mejores.',
    ]);
    expect(await seats()).toEqual([]);
    expect(await drops()).toEqual([[ana.id, 'unwell']]);
    expect(s.inbox(cleo.phone!)).toHaveLength(1);
  }, 60_000);

  it('asks a French speaker holding two shifts which one, and "DROP <code>" releases it as unwell without asking to confirm', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, sam, org, seats, drops } = await anaBooked(s, 'en', { supportContact: SUPPORT });
    await postThursdayShift(s, { org, sam });
    await takeOffer(s, ana);
    s.inbox(ana.phone!); // booked on Thursday too
    await s.models.Person.updateOne({ _id: ana._id }, { $set: { language: 'fr' } });

    await s.text(ana.phone!, 'je ne me sens pas bien');
    const [whichOne] = s.inbox(ana.phone!);
    const [wednesday, thursday] = [...(whichOne ?? '').matchAll(/^(\w{3}) : /gm)].map((m) => m[1]);
    expect(whichOne).toBe(
      `2 demandes en attente. Ajoutez le code à votre réponse, par exemple DROP ${wednesday}\n` +
        `${wednesday} : mer. 25 nov., 9 h-13 h, Riverside Park, north gate\n` +
        `${thursday} : jeu. 26 nov., 10 h-14 h, Food bank, Elm Street`,
    );
    expect(await drops()).toEqual([]);

    await s.text(ana.phone!, `DROP ${wednesday}`);
    expect(s.inbox(ana.phone!)).toEqual([
      `Désolés que vous ne soyez pas bien. Votre place du mer. 25 nov., 9 h-13 h est libérée, et cela ne compte pas contre vous. Besoin de soutien : ${SUPPORT}. Prenez soin de vous.`,
    ]);
    expect(await seats()).toEqual([]);
    expect(await drops()).toEqual([[ana.id, 'unwell']]);
    expect(await s.models.Assignment.countDocuments({ person: ana._id })).toBe(1);
  }, 60_000);

  it('takes "my kid is sick, I\'ll be late" as a late notice, not a drop', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, sam, seats, drops } = await anaBooked(s, 'en');

    await s.advance(48 * HOUR - 30 * MINUTE); // Wed 8:30am
    s.inbox(ana.phone!); // the reminders
    await s.text(ana.phone!, "my kid is sick, I'll be late");
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks for telling us. We've let your supervisor know. Text HERE when you arrive.",
    ]);
    expect(s.inbox(sam.phone!)).toEqual([
      'Ana is running about 15 min late for Wed 25 Nov, 9am-1pm.',
    ]);
    expect(await seats()).toEqual([ana.id]);
    expect(await drops()).toEqual([]);
  }, 60_000);
});
