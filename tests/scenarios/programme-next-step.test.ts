import { afterHoursConfirmed } from '../../src/programme/after-hours-confirmed';
import { HOUR } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { seedProgramme, ROOMY_TERMS } from '../support/programme-world';
import { seedOrganisation, seedPerson } from '../support/seed';

const EARNED =
  "Well done! You've done 4 hours with Winter guaranteed work. Your next step: Harbour Works. Reply INTRO and we'll pass your name and number to them.";
const COORDINATOR_TOLD =
  "A participant of Winter guaranteed work (Riverside Outreach) has done 4 hours reliably and was told about Harbour Works. If they reply INTRO, we'll send you their name and number.";

type World = Awaited<ReturnType<typeof seedProgramme>>;

/** Harbour Works, with its coordinator Nia, named as the programme's next step after 4 hours. */
async function harbourAsNextStep(s: Scenario, w: World) {
  const harbour = await seedOrganisation(s.models, {
    name: 'Harbour Works',
    smsNumbers: ['+15005550007'],
  });
  const nia = await seedPerson(s.models, harbour, {
    name: 'Nia',
    roles: [{ organisation: harbour._id, role: 'coordinator' }],
  });
  await s.models.Programme.updateOne(
    { _id: w.programmeId },
    { $set: { nextStep: { organisation: harbour._id, minutesConfirmed: 240, maxNoShows: 0 } } },
  );
  return { harbour, nia };
}

describe("a programme's next step", () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('tells a participant who did the hours reliably and the step coordinator once each, not one with a no-show, and gives the coordinator the name and number only after INTRO', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z'); // Mon 23 Nov, 10am in New York
    const w = await seedProgramme(s, 2, ROOMY_TERMS);
    // Four confirmed hours with no no-show earn the step to Harbour Works.
    const { nia } = await harbourAsNextStep(s, w);
    const [reliable, missed] = w.participants as [
      (typeof w.participants)[0],
      (typeof w.participants)[0],
    ];

    await s.text(w.cora.phone!, 'BROADCAST 2 trash pick Sat 9-1 Riverside Park');
    await s.text(w.cora.phone!, 'YES');
    await s.settle();
    const shift = await s.models.Shift.findOne({ programme: w.programmeId }).orFail().lean();
    for (const p of [reliable, missed]) await s.text(p.phone, `YES ${codeIn(s.inbox(p.phone)[0])}`);
    // The second participant missed a shift of this programme before.
    await s.models.WorkRecord.create({
      dedupeKey: 'earlier-no-show',
      kind: 'no_show',
      person: missed.id,
      shift: shift._id,
      data: {},
      at: s.clock.now(),
    });

    await s.advance(5 * 24 * HOUR - HOUR); // Sat 28 Nov, 9am
    for (const p of [reliable, missed]) await s.text(p.phone, 'HERE');
    await s.advance(4 * HOUR);
    for (const p of [reliable, missed]) await s.text(p.phone, 'DONE');
    for (const p of [reliable, missed]) s.inbox(p.phone);
    for (const ask of s.inbox(w.sam.phone!).filter((t) => t.includes('reports done'))) {
      await s.text(w.sam.phone!, `OK ${codeIn(ask)}`);
    }

    expect(s.inbox(reliable.phone).filter((t) => t.startsWith('Well done'))).toEqual([EARNED]);
    expect(s.inbox(missed.phone).filter((t) => t.startsWith('Well done'))).toEqual([]);
    const told = s.inbox(nia.phone!);
    expect(told).toEqual([COORDINATOR_TOLD]);
    // Nothing personal before consent: neither name nor number of anyone.
    const names = await s.models.Person.find({}, { name: 1, phone: 1 }).lean();
    for (const person of names) {
      for (const text of told) {
        expect(text).not.toContain(person.name);
        if (person.phone) expect(text).not.toContain(person.phone);
      }
    }

    // The same confirmation handled again (a replayed effect) tells no one twice.
    const records = await s.models.WorkRecord.find({ kind: 'hours_confirmed' }).lean();
    for (const record of records) await afterHoursConfirmed(s.runtime, record.dedupeKey);
    await s.settle();
    expect(s.inbox(reliable.phone)).toEqual([]);
    expect(s.inbox(nia.phone!)).toEqual([]);

    // Consent: INTRO passes the name and number on, once.
    await s.text(reliable.phone, 'INTRO');
    expect(s.inbox(reliable.phone)).toEqual([
      "Thanks. We've passed your name and number to Harbour Works. They'll contact you.",
    ]);
    expect(s.inbox(nia.phone!)).toEqual([
      `Participant 1 (${reliable.phone}) from Winter guaranteed work (Riverside Outreach) would like to be introduced to Harbour Works. Please contact them.`,
    ]);
    await s.text(reliable.phone, 'intro');
    expect(s.inbox(nia.phone!)).toEqual([]);

    // Told no next step: INTRO introduces no one.
    await s.text(missed.phone, 'INTRO');
    expect(s.inbox(missed.phone)).toEqual([
      "Sorry, we didn't understand that, so nothing was changed. Text HELP to see what you can send.",
    ]);
    expect(s.inbox(nia.phone!)).toEqual([]);
  }, 120_000);

  it('introduces a participant who shares their record with the step at once, without INTRO', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 1, ROOMY_TERMS);
    const { nia } = await harbourAsNextStep(s, w);
    const [ana] = w.participants as [(typeof w.participants)[0]];
    await s.text(ana.phone, 'SHARE Harbour Works');
    s.inbox(ana.phone);

    await s.text(w.cora.phone!, 'BROADCAST 1 trash pick Sat 9-1 Riverside Park');
    await s.text(w.cora.phone!, 'YES');
    await s.settle();
    await s.text(ana.phone, `YES ${codeIn(s.inbox(ana.phone)[0])}`);
    await s.advance(5 * 24 * HOUR - HOUR);
    await s.text(ana.phone, 'HERE');
    await s.advance(4 * HOUR);
    await s.text(ana.phone, 'DONE');
    for (const ask of s.inbox(w.sam.phone!).filter((t) => t.includes('reports done'))) {
      await s.text(w.sam.phone!, `OK ${codeIn(ask)}`);
    }

    expect(s.inbox(ana.phone).filter((t) => t.startsWith('Well done'))).toEqual([EARNED]);
    expect(s.inbox(nia.phone!)).toEqual([
      `Participant 1 (${ana.phone}) from Winter guaranteed work (Riverside Outreach) would like to be introduced to Harbour Works. Please contact them.`,
    ]);
    // INTRO after that adds nothing: they were introduced already.
    await s.text(ana.phone, 'INTRO');
    expect(s.inbox(nia.phone!)).toEqual([]);
  }, 120_000);
});
