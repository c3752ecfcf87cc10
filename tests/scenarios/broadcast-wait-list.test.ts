import { seedProgramme, ROOMY_TERMS, type ProgrammeWorld } from '../support/programme-world';
import { codeIn, Scenario } from '../support/scenario';

const SATURDAY = 'Sat 28 Nov, 9am-1pm';
const PLACE = 'trash pick, Riverside Park';
const ONE_SLOT = 'BROADCAST 1 trash pick Sat 9-1 Riverside Park';
const WAIT_LISTED = (n: number) =>
  `Sorry, all places are taken. You're number ${n} on the wait list. We'll text you if one opens.`;

type Participant = ProgrammeWorld['participants'][number];

/** The coordinator sends a one-slot broadcast; every participant's offer is read. */
async function broadcastOneSlot(s: Scenario, w: ProgrammeWorld) {
  await s.text(w.cora.phone!, ONE_SLOT);
  await s.text(w.cora.phone!, 'YES');
  s.inbox(w.cora.phone!);
  for (const p of w.participants) s.inbox(p.phone);
  return w.participants as [Participant, Participant, Participant];
}

/** P1 takes the slot, P2 is wait-listed (YES in their language), P1 drops: P2's offer. */
async function offerAfterDrop(s: Scenario, w: ProgrammeWorld, yes = 'YES') {
  const [p1, p2] = await broadcastOneSlot(s, w);
  await s.text(p1.phone, 'YES');
  await s.text(p2.phone, yes);
  s.inbox(p2.phone);
  await s.text(p1.phone, 'DROP');
  await s.text(p1.phone, 'DROP');
  const [offer] = s.inbox(p2.phone);
  return offer ?? '';
}

describe("a broadcast slot's wait list, as the participants live it", () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('offers a place that opens days ahead as coming from the wait list, not as urgent', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z'); // Mon 23 Nov, 10am in New York
    const w = await seedProgramme(s, 3, ROOMY_TERMS);
    const offer = await offerAfterDrop(s, w);
    const code = codeIn(offer);
    expect(offer).toBe(
      `A place opened for you from the wait list: ${SATURDAY}, ${PLACE} (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`,
    );
  }, 90_000);

  it('marks a wait-list offer urgent when the slot starts within a day', async () => {
    s = await Scenario.start('2026-11-27T15:00:00Z'); // Fri 27 Nov, 10am: the slot is tomorrow
    const w = await seedProgramme(s, 3, ROOMY_TERMS);
    const offer = await offerAfterDrop(s, w);
    const code = codeIn(offer);
    expect(offer).toBe(
      `Urgent, from the wait list: shift starting soon, ${SATURDAY}, ${PLACE} (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`,
    );
  }, 90_000);

  it('tells a French speaker the place comes from the wait list', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      participant: (i) => (i === 1 ? { language: 'fr' } : {}),
    });
    const offer = await offerAfterDrop(s, w, 'OUI');
    const code = /OUI ([A-Z0-9]{3})/.exec(offer)?.[1];
    expect(offer).toBe(
      `Une place s'est libérée pour vous sur la liste d'attente : sam. 28 nov., 9 h-13 h, ramassage, Riverside Park (Riverside Outreach). Répondez OUI ${code} pour accepter ou NON ${code}.`,
    );
  }, 90_000);

  it('answers STATUS with the place on the wait list', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS);
    const [p1, p2, p3] = await broadcastOneSlot(s, w);
    for (const p of [p1, p2, p3]) await s.text(p.phone, 'YES');
    s.inbox(p3.phone);
    await s.text(p3.phone, 'STATUS');
    expect(s.inbox(p3.phone)).toEqual([
      `You're on the wait list:\nnumber 2 for ${SATURDAY}, ${PLACE}`,
    ]);
  }, 90_000);

  it('answers STATUS with the place on the wait list in Spanish', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      participant: (i) => (i === 1 ? { language: 'es' } : {}),
    });
    const [p1, p2] = await broadcastOneSlot(s, w);
    await s.text(p1.phone, 'YES');
    await s.text(p2.phone, 'SI');
    s.inbox(p2.phone);
    await s.text(p2.phone, 'STATUS');
    expect(s.inbox(p2.phone)).toEqual([
      `Estas en la lista de espera:\nnumero 1 para el sab 28 nov, 9-13 h, limpieza, Riverside Park`,
    ]);
  }, 90_000);

  it('tells those who never replied that the places are taken (no "thanks"), and a YES after it only their place on the wait list', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS);
    const [p1, p2, p3] = await broadcastOneSlot(s, w);
    await s.text(p1.phone, 'YES');
    const taken = `All places for ${SATURDAY}, ${PLACE} are taken. Reply YES to join the wait list.`;
    expect(s.inbox(p2.phone)).toEqual([taken]);
    expect(s.inbox(p3.phone)).toEqual([taken]);
    await s.text(p3.phone, 'YES');
    expect(s.inbox(p3.phone)).toEqual([WAIT_LISTED(1)]);
    expect(s.inbox(p2.phone)).toEqual([]);
  }, 90_000);

  it('tells a YES that lost the race for the last place only its place on the wait list, never "just filled"', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS);
    const [p1, p2] = await broadcastOneSlot(s, w);
    await Promise.all([p1, p2].map((p) => s.h.twilio.phones.send(p.phone, 'YES')));
    await s.settle();
    const seated = await s.models.Assignment.find({}).lean();
    expect(seated).toHaveLength(1);
    const loser = [p1, p2].find((p) => p.id !== seated[0]!.person.toString())!;
    const inbox = s.inbox(loser.phone);
    expect(inbox.filter((t) => t === WAIT_LISTED(1))).toHaveLength(1);
    expect(inbox.filter((t) => t.includes('just filled'))).toEqual([]);
  }, 90_000);

  it('tells a French speaker who never replied that the places are taken and how to wait', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, ROOMY_TERMS, {
      participant: (i) => (i === 1 ? { language: 'fr' } : {}),
    });
    const [p1, p2] = await broadcastOneSlot(s, w);
    await s.text(p1.phone, 'YES');
    expect(s.inbox(p2.phone)).toEqual([
      `Toutes les places du sam. 28 nov., 9 h-13 h, ramassage, Riverside Park sont prises. Répondez OUI pour vous inscrire sur la liste d'attente.`,
    ]);
  }, 90_000);
});
