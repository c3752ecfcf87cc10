import { postShift } from '../../src/engine/runtime/events';
import { Scenario } from '../support/scenario';
import { seedOrganisation, seedPerson } from '../support/seed';

const iso = (ms: number | Date) => new Date(ms).toISOString();

/** An organisation of its own (own sender number) with one worker and one supervisor. */
async function team(
  s: Scenario,
  smsNumber: string,
  organisation: Record<string, unknown> = {},
  worker: Record<string, unknown> = {},
) {
  const org = await seedOrganisation(s.models, { smsNumbers: [smsNumber], ...organisation });
  const boss = await seedPerson(s.models, org, {
    name: 'Sam',
    roles: [{ organisation: org._id, role: 'supervisor' }],
  });
  const person = await seedPerson(s.models, org, worker);
  return { org, boss, person, phone: person.phone! };
}

/** Offers a shift to the team's worker and books them with their YES; returns the booked text. */
async function book(
  s: Scenario,
  t: Awaited<ReturnType<typeof team>>,
  shift: { place: string; start: string; end: string },
  yes = 'YES',
): Promise<string[]> {
  await postShift(s.runtime, {
    organisationId: t.org.id,
    supervisorId: t.boss.id,
    place: shift.place,
    start: new Date(shift.start),
    end: new Date(shift.end),
    places: 1,
  });
  await s.settle();
  expect(s.inbox(t.phone)).toHaveLength(1); // the offer
  await s.text(t.phone, yes);
  return s.inbox(t.phone);
}

/** Every reminder the phone received: [the virtual instant it arrived, its text]. */
function reminders(s: Scenario, phone: string, prefix = 'Reminder:'): [string, string][] {
  return s.h.twilio.phones
    .received(phone)
    .filter((m) => m.body.startsWith(prefix))
    .map((m) => [iso(m.receivedAt), m.body]);
}

async function recordedReminders(s: Scenario, personId: string): Promise<[string, string][]> {
  const texts = await s.models.OutboundMessage.find({ person: personId, key: 'reminder' })
    .sort({ createdAt: 1 })
    .lean();
  return texts.map((m) => [iso(m.createdAt), m.body]);
}

describe('reminders keep their lead in elapsed hours across a DST change, and show local time', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('New York, leaving DST on Sun 1 Nov 2026 at 2am: 24 h and 1 h before, texts in EST', async () => {
    // Friday 30 Oct 2026, noon EDT (UTC-4).
    s = await Scenario.start('2026-10-30T16:00:00Z');
    const monday = await team(s, '+12025550101', {}, { name: 'Ana' });
    const sunday = await team(s, '+12025550102', {}, { name: 'Ben' });

    // Mon 2 Nov 2026, 9am-1pm EST (UTC-5) = 14:00Z-18:00Z.
    expect(
      await book(s, monday, {
        place: 'Riverside Park, north gate',
        start: '2026-11-02T14:00:00Z',
        end: '2026-11-02T18:00:00Z',
      }),
    ).toEqual([
      "You're booked: Mon 2 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    // Sun 1 Nov 2026, 9am-1pm EST = 14:00Z-18:00Z: its 24 h reminder falls before the change.
    expect(
      await book(s, sunday, {
        place: 'Harbour Library',
        start: '2026-11-01T14:00:00Z',
        end: '2026-11-01T18:00:00Z',
      }),
    ).toEqual([
      "You're booked: Sun 1 Nov, 9am-1pm, Harbour Library. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);

    // Through the change, to Monday 8:30am EST.
    await s.advance(new Date('2026-11-02T13:30:00Z').getTime() - s.clock.now().getTime());

    const mondayTexts = [
      [
        // Sun 1 Nov, 9am EST: exactly 24 elapsed hours before the start.
        '2026-11-01T14:00:00.000Z',
        "Reminder: your shift starts in 24 hours (Mon 2 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
      ],
      [
        // Mon 2 Nov, 8am EST.
        '2026-11-02T13:00:00.000Z',
        "Reminder: your shift starts in 1 hour (Mon 2 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.",
      ],
    ];
    expect(reminders(s, monday.phone)).toEqual(mondayTexts);
    expect(await recordedReminders(s, monday.person.id)).toEqual(mondayTexts);

    const sundayTexts = [
      [
        // Sat 31 Oct, 10am EDT: 24 elapsed hours before Sun 9am EST (not "9am the day before",
        // which would be 25 h).
        '2026-10-31T14:00:00.000Z',
        "Reminder: your shift starts in 24 hours (Sun 1 Nov, 9am-1pm, Harbour Library). Text HERE when you arrive, or DROP if you can't go.",
      ],
      [
        // Sun 1 Nov, 8am EST.
        '2026-11-01T13:00:00.000Z',
        "Reminder: your shift starts in 1 hour (Sun 1 Nov, 9am-1pm, Harbour Library). Text HERE when you arrive, or DROP if you can't go.",
      ],
    ];
    expect(reminders(s, sunday.phone)).toEqual(sundayTexts);
    expect(await recordedReminders(s, sunday.person.id)).toEqual(sundayTexts);
  }, 60_000);

  it('Paris, leaving summer time on Sun 25 Oct 2026 at 3am: 24 h and 1 h before, texts in CET', async () => {
    // Friday 23 Oct 2026, noon CEST (UTC+2).
    s = await Scenario.start('2026-10-23T10:00:00Z');
    const paris = { timeZone: 'Europe/Paris', contact: '01 23 45 67 89' };
    const monday = await team(s, '+33900000101', paris, {
      name: 'Amélie',
      language: 'fr',
      timeZone: 'Europe/Paris',
    });
    const sunday = await team(s, '+33900000102', paris, {
      name: 'Bruno',
      timeZone: 'Europe/Paris',
    });

    // Mon 26 Oct 2026, 9am-1pm CET (UTC+1) = 08:00Z-12:00Z; Amélie reads French.
    expect(
      await book(
        s,
        monday,
        {
          place: 'Place de la République',
          start: '2026-10-26T08:00:00Z',
          end: '2026-10-26T12:00:00Z',
        },
        'OUI',
      ),
    ).toEqual([
      "C'est confirmé ! Rendez-vous le lun. 26 oct., 9 h-13 h, Place de la République. Envoyez HERE à votre arrivée, ou DROP si vous ne pouvez pas venir.",
    ]);
    // Sun 25 Oct 2026, 9am-1pm CET = 08:00Z-12:00Z; Bruno reads English.
    expect(
      await book(s, sunday, {
        place: 'Canal Saint-Martin',
        start: '2026-10-25T08:00:00Z',
        end: '2026-10-25T12:00:00Z',
      }),
    ).toEqual([
      "You're booked: Sun 25 Oct, 9am-1pm, Canal Saint-Martin. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);

    // Through the change, to Monday 8:30am CET.
    await s.advance(new Date('2026-10-26T07:30:00Z').getTime() - s.clock.now().getTime());

    const mondayTexts = [
      [
        // Sun 25 Oct, 9am CET: exactly 24 elapsed hours before the start.
        '2026-10-25T08:00:00.000Z',
        'Rappel : votre créneau est dans 24 heures (lun. 26 oct., 9 h-13 h, Place de la République). Envoyez HERE en arrivant, ou DROP si vous ne venez pas.',
      ],
      [
        // Mon 26 Oct, 8am CET.
        '2026-10-26T07:00:00.000Z',
        'Rappel : votre créneau est dans 1 heure (lun. 26 oct., 9 h-13 h, Place de la République). Envoyez HERE en arrivant, ou DROP si vous ne venez pas.',
      ],
    ];
    expect(reminders(s, monday.phone, 'Rappel')).toEqual(mondayTexts);
    expect(await recordedReminders(s, monday.person.id)).toEqual(mondayTexts);

    const sundayTexts = [
      [
        // Sat 24 Oct, 10am CEST: 24 elapsed hours before Sun 9am CET.
        '2026-10-24T08:00:00.000Z',
        "Reminder: your shift starts in 24 hours (Sun 25 Oct, 9am-1pm, Canal Saint-Martin). Text HERE when you arrive, or DROP if you can't go.",
      ],
      [
        // Sun 25 Oct, 8am CET.
        '2026-10-25T07:00:00.000Z',
        "Reminder: your shift starts in 1 hour (Sun 25 Oct, 9am-1pm, Canal Saint-Martin). Text HERE when you arrive, or DROP if you can't go.",
      ],
    ];
    expect(reminders(s, sunday.phone)).toEqual(sundayTexts);
    expect(await recordedReminders(s, sunday.person.id)).toEqual(sundayTexts);
  }, 60_000);
});
