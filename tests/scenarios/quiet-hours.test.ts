import { postShift } from '../../src/engine/runtime/events';
import { Scenario } from '../support/scenario';
import { seedOrganisation, seedPerson } from '../support/seed';

/**
 * Quiet hours 21:00-08:00 in New York (EST, UTC-5, all through these dates). The rule
 * (src/domain/quiet-hours.ts, placeReminder): a reminder due in quiet hours goes
 *   2. at the last minute before the quiet period (20:59), if not past and at most half its
 *      lead earlier;
 *   3. else at the end of the quiet period (08:00), if that is still before the start;
 *   4. else as scheduled, marked urgent.
 */
const QUIET = { start: '21:00', end: '08:00' };
const iso = (ms: number | Date) => new Date(ms).toISOString();

interface Sent {
  at: string;
  text: string;
  urgent: boolean;
}

describe('quiet hours 21:00-08:00: reminders placed by the placeReminder rule', () => {
  let s: Scenario;
  const sent = new Map<string, Sent[]>();
  const starts = new Map<string, Date>();

  async function team(name: string, smsNumber: string, settings: Record<string, unknown> = {}) {
    const org = await seedOrganisation(s.models, {
      smsNumbers: [smsNumber],
      quietHours: QUIET,
      ...settings,
    });
    const boss = await seedPerson(s.models, org, {
      name: `${name}'s supervisor`,
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    const worker = await seedPerson(s.models, org, { name });
    return { org, boss, worker };
  }

  async function book(
    t: Awaited<ReturnType<typeof team>>,
    place: string,
    start: string,
    end: string,
    answerAt?: string,
  ) {
    await postShift(s.runtime, {
      organisationId: t.org.id,
      supervisorId: t.boss.id,
      place,
      start: new Date(start),
      end: new Date(end),
      places: 1,
    });
    await s.settle();
    expect(s.inbox(t.worker.phone!)).toHaveLength(1);
    if (answerAt) await advanceTo(answerAt);
    await s.text(t.worker.phone!, 'YES');
    expect(s.inbox(t.worker.phone!)).toEqual([expect.stringMatching(/^You're booked: /)]);
    starts.set(t.worker.name, new Date(start));
  }

  const advanceTo = (at: string) => s.advance(new Date(at).getTime() - s.clock.now().getTime());

  beforeAll(async () => {
    // Monday 16 Nov 2026, 10am EST.
    s = await Scenario.start('2026-11-16T15:00:00Z');
    const ana = await team('Ana', '+12025550201');
    const ben = await team('Ben', '+12025550202');
    const cleo = await team('Cleo', '+12025550203');
    // Offers open two hours, so Dev can answer one texted before quiet hours inside them.
    const dev = await team('Dev', '+12025550204', {
      offerStrategy: { kind: 'sequential', expiryMinutes: 120 },
    });

    // Ana: Wed 18 Nov, 7-11am.
    await book(ana, 'Riverside Park', '2026-11-18T12:00:00Z', '2026-11-18T16:00:00Z');
    // Ben: Wed 18 Nov, 8:30am-12:30pm.
    await book(ben, 'Harbour Library', '2026-11-18T13:30:00Z', '2026-11-18T17:30:00Z');
    // Cleo: Tue 17 Nov, 10:15pm-11:45pm.
    await book(cleo, 'Night Shelter', '2026-11-18T03:15:00Z', '2026-11-18T04:45:00Z');
    // Dev is booked late on Monday evening (10pm) for the same Tue 10:15pm-11:45pm shift time:
    // offered at 8:50pm (an offer posted in quiet hours would wait for 8am), he answers at 10pm.
    await advanceTo('2026-11-17T01:50:00Z');
    await book(
      dev,
      'Night Shelter, annex',
      '2026-11-18T03:15:00Z',
      '2026-11-18T04:45:00Z',
      '2026-11-17T03:00:00Z',
    );

    // To Wed 18 Nov, 9am EST: every reminder is due by then.
    await advanceTo('2026-11-18T14:00:00Z');

    for (const person of [ana.worker, ben.worker, cleo.worker, dev.worker]) {
      const received = s.h.twilio.phones
        .received(person.phone!)
        .filter((m) => m.body.startsWith('Reminder:'));
      const recorded = await s.models.OutboundMessage.find({ person: person._id, key: 'reminder' })
        .sort({ createdAt: 1 })
        .lean();
      // The endpoint's arrival instants and Shiftline's own record agree.
      expect(received.map((m) => [iso(m.receivedAt), m.body])).toEqual(
        recorded.map((m) => [iso(m.createdAt), m.body]),
      );
      sent.set(
        person.name,
        recorded.map((m) => ({ at: iso(m.createdAt), text: m.body, urgent: m.urgent })),
      );
    }
  }, 180_000);
  afterAll(() => s.stop());

  it("moves a 7am shift's 24 h reminder (due 7am, in quiet hours) to 8:59pm two evenings before, and sends its 1 h reminder, which cannot move, at 6am marked urgent", () => {
    expect(sent.get('Ana')).toEqual([
      {
        // Due Tue 7am; 8:59pm Mon is 10 h 01 min earlier, within half of 24 h: rule 2.
        at: '2026-11-17T01:59:00.000Z',
        text: expect.stringContaining('(Wed 18 Nov, 7-11am, Riverside Park)'),
        urgent: false,
      },
      {
        // Due Wed 6am: 8:59pm Tue is 9 h earlier (> 30 min) and quiet hours end at 8am, after
        // the 7am start: rule 4, as scheduled and urgent.
        at: '2026-11-18T11:00:00.000Z',
        text: "Reminder: your shift starts in 1 hour (Wed 18 Nov, 7-11am, Riverside Park). Text HERE when you arrive, or DROP if you can't go.",
        urgent: true,
      },
    ]);
  });

  it("moves an 8:30am shift's 1 h reminder (due 7:30am) to 8am, the end of quiet hours, still before the start", () => {
    expect(sent.get('Ben')).toEqual([
      {
        // Due Tue 8:30am: outside quiet hours, as scheduled.
        at: '2026-11-17T13:30:00.000Z',
        text: "Reminder: your shift starts in 24 hours (Wed 18 Nov, 8:30am-12:30pm, Harbour Library). Text HERE when you arrive, or DROP if you can't go.",
        urgent: false,
      },
      {
        // Due Wed 7:30am: 8:59pm Tue is 10 h 31 min earlier (> 30 min); 8am is before 8:30am.
        at: '2026-11-18T13:00:00.000Z',
        text: expect.stringContaining('(Wed 18 Nov, 8:30am-12:30pm, Harbour Library)'),
        urgent: false,
      },
    ]);
  });

  it("moves a 10:15pm shift's reminders (due 9:15pm and 10:15pm the day before) to 8:59pm", () => {
    expect(sent.get('Cleo')).toEqual([
      {
        // 24 h: due Mon 10:15pm, 1 h 16 min after 8:59pm Mon (within 12 h): rule 2.
        at: '2026-11-17T01:59:00.000Z',
        text: expect.stringContaining('(Tue 17 Nov, 10:15-11:45pm, Night Shelter)'),
        urgent: false,
      },
      {
        // 1 h: due Tue 9:15pm, 16 min after 8:59pm Tue (within 30 min): rule 2.
        at: '2026-11-18T01:59:00.000Z',
        text: expect.stringContaining('(Tue 17 Nov, 10:15-11:45pm, Night Shelter)'),
        urgent: false,
      },
    ]);
  });

  it('sends a 24 h reminder at 8am, the end of quiet hours, when 8:59pm had already passed at booking', () => {
    expect(sent.get('Dev')).toEqual([
      {
        // Booked Mon 10pm; 24 h reminder due Mon 10:15pm; 8:59pm Mon is past: rule 3, Tue 8am.
        at: '2026-11-17T13:00:00.000Z',
        text: expect.stringContaining('(Tue 17 Nov, 10:15-11:45pm, Night Shelter, annex)'),
        urgent: false,
      },
      {
        at: '2026-11-18T01:59:00.000Z',
        text: expect.stringContaining('(Tue 17 Nov, 10:15-11:45pm, Night Shelter, annex)'),
        urgent: false,
      },
    ]);
  });

  it('a reminder moved later for quiet hours never says more time is left than there is', () => {
    // A reminder keeps the text of its lead ("starts in N hours"). Moved earlier, it only
    // understates the time left; moved later, "starts in 1 hour" at 8am for an 8:30am start
    // tells the worker they have twice the time they have. Allowed: a quarter hour of slack.
    const overstated: string[] = [];
    for (const [name, texts] of sent) {
      const start = starts.get(name)!;
      for (const { at, text } of texts) {
        const said = /starts in ([\d.]+) hours?/.exec(text);
        if (!said) continue;
        const leftMinutes = (start.getTime() - new Date(at).getTime()) / 60_000;
        if (Number(said[1]) * 60 - leftMinutes >= 15) {
          overstated.push(
            `${name} at ${at}: "starts in ${said[1]} h" with ${leftMinutes} min left`,
          );
        }
      }
    }
    expect(overstated).toEqual([]);
  });
});
