import { programmeLedger } from '../../src/programme/ledger';
import { HOUR, MINUTE } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { seedProgramme, type ProgrammeWorld } from '../support/programme-world';

const BROADCAST = 'BROADCAST 10 trash pick Sat 9-1 Riverside Park';
const SATURDAY = 'Sat 28 Nov, 9am-1pm';
const PLACE = 'trash pick, Riverside Park';
const WAIT_LISTED =
  /^Sorry, all places are taken\. You're number (\d+) on the wait list\. We'll text you if one opens\.$/;

type Participant = ProgrammeWorld['participants'][number];

type World = ProgrammeWorld;

async function broadcastAndSend(s: Scenario, w: World, text: string, reach: number, slots: number) {
  await s.text(w.cora.phone!, text);
  expect(s.inbox(w.cora.phone!)).toEqual([
    `${slots} places, ${SATURDAY}, ${PLACE}: ${reach} people with hours left. Reply YES to send.`,
  ]);
  // Every offer is made before the answer: a crowd takes a while on the test database.
  await s.h.twilio.phones.send(w.cora.phone!, 'YES');
  await s.settle(180_000);
  expect(s.inbox(w.cora.phone!)).toEqual([
    `Sent to ${reach} people: ${slots} places, ${SATURDAY}, ${PLACE}.`,
  ]);
  return s.models.Shift.findOne({ programme: w.programmeId })
    .sort({ createdAt: -1 })
    .orFail()
    .lean();
}

async function ledgerOf(s: Scenario, w: World) {
  const programme = await s.models.Programme.findById(w.programmeId).orFail().lean();
  return (await programmeLedger(s.runtime, programme)).state;
}

describe('guaranteed-work programme by text', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('refuses a BROADCAST from someone who coordinates no programme, politely, and audits it', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z'); // Mon 23 Nov, 10am in New York
    const w = await seedProgramme(s, 2, {
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    await s.text(w.sam.phone!, BROADCAST);
    expect(s.inbox(w.sam.phone!)).toEqual([
      'Sorry, only a program coordinator can send a broadcast. Nothing was sent.',
    ]);
    const audits = await s.models.AuditEvent.find({}).lean();
    expect(audits.map((a) => [a.person?.toString(), a.action, a.outcome])).toEqual([
      [w.sam.id, 'broadcast', 'refused:not_coordinator'],
    ]);
    expect(await s.models.Shift.countDocuments({})).toBe(0);
    expect(await s.models.PendingBroadcast.countDocuments({})).toBe(0);
  }, 60_000);

  it('refuses a broadcast that would overspend the budget, with the figures, and sends nothing', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    // $20 an hour, 10 places x 4 h = $800 needed; $500 in the budget.
    const w = await seedProgramme(s, 2, {
      budgetCents: 50_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    await s.text(w.cora.phone!, BROADCAST);
    expect(s.inbox(w.cora.phone!)).toEqual([
      'Not sent: 10 places cost 800, but only 500 of the budget is left.',
    ]);
    await s.text(w.cora.phone!, 'YES');
    expect(await s.models.Shift.countDocuments({})).toBe(0);
    expect(w.participants.flatMap((p) => s.inbox(p.phone))).toEqual([]);
  }, 60_000);

  it('says what is missing from an unclear BROADCAST, and drops a preview answered with NO', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 2, {
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    await s.text(w.cora.phone!, 'BROADCAST 10 trash pick Sat 9-1');
    expect(s.inbox(w.cora.phone!)).toEqual([
      'Please add the place, like: broadcast 10 trash pick Sat 9-1 Riverside Park',
    ]);
    await s.text(w.cora.phone!, BROADCAST);
    s.inbox(w.cora.phone!);
    await s.text(w.cora.phone!, 'NO');
    expect(s.inbox(w.cora.phone!)).toEqual(['OK, nothing was sent.']);
    await s.text(w.cora.phone!, 'YES');
    expect(await s.models.Shift.countDocuments({})).toBe(0);
  }, 60_000);

  it('keeps the wait list in order while the shift is full, and offers an opened place to the first waiting', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 4, {
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    await broadcastAndSend(s, w, 'BROADCAST 1 trash pick Sat 9-1 Riverside Park', 4, 1);
    const [ana, ben, cleo, dan] = w.participants as [
      World['participants'][0],
      World['participants'][0],
      World['participants'][0],
      World['participants'][0],
    ];
    for (const p of w.participants) s.inbox(p.phone);
    await s.text(ana.phone, 'YES');
    await s.text(ben.phone, 'YES');
    await s.text(cleo.phone, 'YES');
    expect(s.inbox(ben.phone).filter((t) => WAIT_LISTED.test(t))).toEqual([
      "Sorry, all places are taken. You're number 1 on the wait list. We'll text you if one opens.",
    ]);
    expect(s.inbox(cleo.phone).filter((t) => WAIT_LISTED.test(t))).toEqual([
      "Sorry, all places are taken. You're number 2 on the wait list. We'll text you if one opens.",
    ]);
    // A NO once the place is taken changes nothing for those waiting.
    await s.text(dan.phone, 'NO');
    expect([ben, cleo].flatMap((p) => s.inbox(p.phone))).toEqual([]);

    await s.text(ana.phone, 'DROP');
    await s.text(ana.phone, 'DROP');
    const [offer] = s.inbox(ben.phone);
    expect(offer).toMatch(/Reply YES [A-Z0-9]{3} to take it/);
    expect(s.inbox(cleo.phone)).toEqual([]);
    // Ben says NO: the place goes to Cleo, next in line.
    await s.text(ben.phone, 'NO');
    const [next] = s.inbox(cleo.phone);
    expect(next).toMatch(/Reply YES [A-Z0-9]{3} to take it/);
    await s.text(cleo.phone, 'YES');
    const seated = await s.models.Assignment.find({}).lean();
    expect(seated.map((a) => a.person.toString())).toEqual([cleo.id]);
  }, 120_000);

  it('drops a broadcast preview whose YES comes after 30 minutes', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 2, {
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    await s.text(w.cora.phone!, BROADCAST);
    s.inbox(w.cora.phone!);
    await s.advance(31 * MINUTE);
    await s.text(w.cora.phone!, 'YES');
    expect(s.inbox(w.cora.phone!)).toEqual([
      'That broadcast waited too long and was not sent. Please send it again.',
    ]);
    expect(await s.models.Shift.countDocuments({})).toBe(0);
    expect(await s.models.PendingBroadcast.countDocuments({})).toBe(0);
  }, 60_000);

  it('debits hours only on the supervisor OK, answers HOURS from the allotment, sends next steps once, and never lets the budget go below zero', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    // 4 hours each; $20 an hour; $200 covers the 2 places x 4 h ($160) asked for.
    const w = await seedProgramme(s, 2, {
      budgetCents: 20_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 240,
    });
    const shift = await broadcastAndSend(
      s,
      w,
      'BROADCAST 2 trash pick Sat 9-1 Riverside Park',
      2,
      2,
    );
    expect(shift.places).toBe(2);
    expect(shift.supervisor.toString()).toBe(w.sam.id);
    const [ana, ben] = w.participants as [World['participants'][0], World['participants'][0]];
    for (const p of [ana, ben]) {
      const [offer] = s.inbox(p.phone);
      expect(offer).toBe(
        `New shift from Riverside Outreach: ${SATURDAY}, ${PLACE}. Reply YES ${codeIn(offer)} to take it or NO ${codeIn(offer)}.`,
      );
      await s.text(p.phone, 'YES');
    }
    expect(await s.models.Assignment.countDocuments({ shift: shift._id })).toBe(2);
    await s.text(ana.phone, 'HOURS');
    expect(s.inbox(ana.phone).at(-1)).toBe('You have 4 of 4 hours left.');

    // The funder cuts the budget to $100 before the work is done.
    await s.models.Programme.updateOne({ _id: w.programmeId }, { $set: { budgetCents: 10_000 } });
    await s.advance(5 * 24 * HOUR - HOUR); // Sat 28 Nov, 9am
    for (const p of [ana, ben]) await s.text(p.phone, 'HERE');
    await s.advance(4 * HOUR);
    for (const p of [ana, ben]) await s.text(p.phone, 'DONE');
    expect((await ledgerOf(s, w)).spentCents).toBe(0); // reported, not yet confirmed

    const asks = s.inbox(w.sam.phone!).filter((t) => t.includes('reports done'));
    expect(asks).toHaveLength(2);
    await s.text(w.sam.phone!, `OK ${codeIn(asks[0])}`);
    const afterOne = await ledgerOf(s, w);
    expect([afterOne.spentCents, afterOne.remainingCents]).toEqual([8_000, 2_000]);
    await s.text(w.sam.phone!, `OK ${codeIn(asks[1])}`);

    const state = await ledgerOf(s, w);
    expect([state.spentCents, state.remainingCents]).toEqual([10_000, 0]);
    expect(state.capped).toHaveLength(1);
    expect(state.capped[0]).toMatchObject({
      askedMinutes: 240,
      grantedMinutes: 60,
      reason: 'budget',
    });
    const cappedAudit = await s.models.AuditEvent.find({ action: 'programme.hours_capped' }).lean();
    expect(cappedAudit.map((a) => a.outcome)).toEqual(['budget']);
    for (const balance of state.byParticipant.values()) {
      expect(balance.leftMinutes).toBeGreaterThanOrEqual(0);
    }

    const first = state.capped[0]!.participantId === ana.id ? ben : ana;
    await s.text(first.phone, 'HOURS');
    const firstTexts = s.inbox(first.phone);
    expect(firstTexts.filter((t) => t.startsWith('You have used all'))).toEqual([
      'You have used all your program hours. What comes next: Call the workforce board at 555-0199 about spring jobs.',
    ]);
    expect(firstTexts.at(-1)).toBe('You have 0 of 4 hours left.');
    await s.text(first.phone, 'HOURS');
    expect(s.inbox(first.phone)).toEqual(['You have 0 of 4 hours left.']);
  }, 120_000);

  it('seats exactly 10 of 60 YES sent in the same second to 200 participants, wait-lists and tells the other 50, and offers a dropped place to the first on the wait list', async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 200, {
      budgetCents: 1_000_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    const shift = await broadcastAndSend(s, w, BROADCAST, 200, 10);
    expect(await s.models.Offer.countDocuments({ shift: shift._id })).toBe(200);
    for (const p of w.participants) expect(s.inbox(p.phone)).toHaveLength(1);

    const crowd = w.participants.slice(0, 60);
    const answers = await Promise.all(crowd.map((p) => s.h.twilio.phones.send(p.phone, 'YES')));
    expect(answers.map((a) => a.status)).toEqual(crowd.map(() => 200));
    await s.settle(240_000);

    const seated = await s.models.Assignment.find({ shift: shift._id }).lean();
    expect(seated.map((a) => a.seat).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const seatedIds = new Set(seated.map((a) => a.person.toString()));
    expect(seatedIds.size).toBe(10);
    const waiting = await s.models.WaitListEntry.find({ shift: shift._id })
      .sort({ at: 1, _id: 1 })
      .lean();
    expect(waiting).toHaveLength(50);
    expect(waiting.some((e) => seatedIds.has(e.person.toString()))).toBe(false);

    const positions: number[] = [];
    for (const p of crowd) {
      const inbox = s.inbox(p.phone);
      const told = inbox.filter((t) => WAIT_LISTED.test(t));
      if (seatedIds.has(p.id)) {
        expect({ p: p.id, told }).toEqual({ p: p.id, told: [] });
      } else {
        expect({ p: p.id, told: told.length }).toEqual({ p: p.id, told: 1 });
        positions.push(Number(WAIT_LISTED.exec(told[0]!)![1]));
      }
    }
    expect(Math.min(...positions)).toBe(1);
    expect(Math.max(...positions)).toBeLessThanOrEqual(50);

    // A seated participant drops: the first on the wait list is offered the place, nobody else.
    const dropper = w.participants.find((p) => p.id === seated[0]!.person.toString())!;
    const first = w.participants.find((p) => p.id === waiting[0]!.person.toString())!;
    const others = w.participants.filter((p) => p !== first && p !== dropper);
    await s.text(dropper.phone, 'DROP');
    await s.text(dropper.phone, 'DROP'); // confirmed
    const [offer] = s.inbox(first.phone);
    // A re-offer is worded as urgent or not depending on how soon the shift starts.
    expect(offer).toMatch(
      new RegExp(`${SATURDAY}, ${PLACE}\\b.* Reply YES [A-Z0-9]{3} to take it`),
    );
    expect(
      others.flatMap((p) => s.inbox(p.phone).filter((t) => t.startsWith('New shift'))),
    ).toEqual([]);
    await s.text(first.phone, 'YES');
    expect(s.inbox(first.phone)).toEqual([
      `You're booked: ${SATURDAY}, ${PLACE}. Text HERE when you arrive. Can't make it? Text DROP.`,
    ]);
    const now = await s.models.Assignment.find({ shift: shift._id }).lean();
    expect(now.map((a) => a.person.toString())).toContain(first.id);
    expect(now).toHaveLength(10);
  }, 600_000);

  it("names the work in each participant's own language, in the offer and in the booking", async () => {
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const w = await seedProgramme(s, 3, {
      budgetCents: 100_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
    });
    const [english, spanish, french] = w.participants as [Participant, Participant, Participant];
    await s.models.Person.updateOne({ _id: spanish.id }, { language: 'es' });
    await s.models.Person.updateOne({ _id: french.id }, { language: 'fr' });
    await broadcastAndSend(s, w, 'BROADCAST 2 trash pick Sat 9-1 Riverside Park', 3, 2);

    const offers = [english, spanish, french].map((p) => s.inbox(p.phone));
    const code = '[A-Z0-9]{3}';
    expect(offers).toEqual([
      [
        expect.stringMatching(
          new RegExp(
            `^New shift from Riverside Outreach: ${SATURDAY}, ${PLACE}\\. Reply YES ${code} to take it or NO ${code}\\.$`,
          ),
        ),
      ],
      [
        expect.stringMatching(
          new RegExp(
            `^Riverside Outreach: Turno disponible el sab 28 nov, 9-13 h, limpieza, Riverside Park\\. Responde SI ${code} para aceptar o NO ${code}\\.$`,
          ),
        ),
      ],
      [
        expect.stringMatching(
          new RegExp(
            `^Riverside Outreach : Créneau disponible le sam\\. 28 nov\\., 9 h-13 h, ramassage, Riverside Park\\. Répondez OUI ${code} pour accepter ou NON ${code}\\.$`,
          ),
        ),
      ],
    ]);

    await s.text(spanish.phone, 'SI');
    expect(s.inbox(spanish.phone)).toEqual([
      '¡Listo! Te esperamos el sab 28 nov, 9-13 h, limpieza, Riverside Park. Escribe HERE al llegar. Si no puedes ir, escribe DROP.',
    ]);
    await s.text(spanish.phone, 'STATUS');
    expect(s.inbox(spanish.phone)).toEqual([expect.stringContaining('limpieza, Riverside Park')]);
    await s.text(french.phone, 'OUI');
    await s.text(french.phone, 'STATUS');
    expect(s.inbox(french.phone)).toEqual([
      expect.stringContaining('ramassage, Riverside Park'),
      expect.stringContaining('ramassage, Riverside Park'),
    ]);
  }, 120_000);
});
