import type { Types } from 'mongoose';
import { postShift } from '../../src/engine/runtime/events';
import { HOUR, MINUTE, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { seedPerson } from '../support/seed';

/**
 * Quiet hours 21:00-08:00 (src/domain/quiet-hours.ts, offerSendTime). New York is EST (UTC-5)
 * all through these dates, Los Angeles PST (UTC-8). An offer waits for the end of its
 * recipient's quiet hours, in their zone; its expiry counts from when it is sent. Only an urgent
 * replacement for a shift starting soon goes at night, and only where the organisation allows it.
 */
const QUIET = { start: '21:00', end: '08:00' };
const iso = (at: string) => new Date(at).toISOString();

describe("offers wait for the end of the recipient's quiet hours", () => {
  let s: Scenario;
  afterEach(() => s.stop());

  const advanceTo = (at: string) => s.advance(new Date(at).getTime() - s.clock.now().getTime());

  /** When Shiftline recorded each text to the person, as [instant, text]. */
  async function sentTo(person: { _id: Types.ObjectId }) {
    const texts = await s.models.OutboundMessage.find({ person: person._id })
      .sort({ createdAt: 1 })
      .lean();
    return texts.map((m) => [m.createdAt.toISOString(), m.body]);
  }

  it('sends the first offer of a shift posted at 2am at 8am, not before, and counts its 30 minutes from 8am', async () => {
    s = await Scenario.start('2026-11-23T07:00:00Z'); // Mon 23 Nov, 2am in New York
    const cast = await seedCast(s, ['ana', 'ben', 'sam'], { quietHours: QUIET });
    const { ana, ben } = cast;
    const offerText = (code: string) =>
      `New shift from Riverside Outreach: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Reply YES ${code} to take it or NO ${code}.`;

    const shift = await postShift(s.runtime, {
      organisationId: cast.org.id,
      supervisorId: cast.sam.id,
      place: 'Riverside Park, north gate',
      start: new Date('2026-11-25T14:00:00Z'),
      end: new Date('2026-11-25T18:00:00Z'),
      places: 1,
    });
    await s.settle();
    expect(s.inbox(ana.phone!)).toEqual([]);

    await advanceTo('2026-11-23T12:59:00Z'); // 7:59am: nobody woken, nothing expired
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(ben.phone!)).toEqual([]);

    await advanceTo('2026-11-23T13:00:00Z'); // 8am
    const [anaOffer] = s.inbox(ana.phone!);
    expect(anaOffer).toBe(offerText(codeIn(anaOffer)));
    expect(await sentTo(ana)).toEqual([[iso('2026-11-23T13:00:00Z'), anaOffer]]);
    const [offer] = await s.models.Offer.find({ shift: shift._id }).lean();
    expect(offer?.expiresAt.toISOString()).toBe(iso('2026-11-23T13:30:00Z'));

    await advanceTo('2026-11-23T13:29:00Z'); // 8:29am: still Ana's
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(ben.phone!)).toEqual([]);
    await advanceTo('2026-11-23T13:31:00Z'); // 8:31am: closed, Ben is next
    expect(s.inbox(ana.phone!)).toEqual([
      "Sorry, the offer for Wed 25 Nov, 9am-1pm, Riverside Park, north gate has closed. We'll text you next time.",
    ]);
    const [benOffer] = s.inbox(ben.phone!);
    expect(benOffer).toBe(offerText(codeIn(benOffer)));
  }, 60_000);

  it('holds a broadcast for each person until their own quiet hours end: 8:30am in New York goes at once, 5:30am in Los Angeles waits until 8am there (in Spanish)', async () => {
    s = await Scenario.start('2026-11-23T13:30:00Z'); // Mon 23 Nov, 8:30am New York, 5:30am LA
    const cast = await seedCast(s, ['ana', 'sam'], {
      quietHours: QUIET,
      offerStrategy: { kind: 'broadcast' },
    });
    const beatriz = await seedPerson(s.models, cast.org, {
      name: 'Beatriz',
      language: 'es',
      timeZone: 'America/Los_Angeles',
    });
    await postShift(s.runtime, {
      organisationId: cast.org.id,
      supervisorId: cast.sam.id,
      place: 'Riverside Park, north gate',
      start: new Date('2026-11-25T14:00:00Z'),
      end: new Date('2026-11-25T18:00:00Z'),
      places: 2,
    });
    await s.settle();
    const [anaOffer] = s.inbox(cast.ana.phone!);
    expect(anaOffer).toBe(
      `New shift from Riverside Outreach: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Reply YES ${codeIn(anaOffer)} to take it or NO ${codeIn(anaOffer)}.`,
    );
    expect(s.inbox(beatriz.phone!)).toEqual([]);

    await advanceTo('2026-11-23T15:59:00Z'); // 7:59am in Los Angeles
    expect(s.inbox(beatriz.phone!)).toEqual([]);
    await advanceTo('2026-11-23T16:00:00Z'); // 8am in Los Angeles
    const [beatrizOffer] = s.inbox(beatriz.phone!);
    const code = /SI ([A-Z0-9]{3}) /.exec(beatrizOffer ?? '')?.[1];
    expect(beatrizOffer).toBe(
      `Riverside Outreach: Turno disponible el mié 25 nov, 9-13 h, Riverside Park, north gate. Responde SI ${code} para aceptar o NO ${code}.`,
    );
    expect(await sentTo(beatriz)).toEqual([[iso('2026-11-23T16:00:00Z'), beatrizOffer]]);
  }, 60_000);

  /**
   * Ana, booked for Wed 25 Nov 6-10am, never checks in: at 6:30am she is a no-show and the place
   * goes to Cleo (on-call), urgently.
   */
  async function noShowAt630am(organisation: Record<string, unknown>) {
    s = await Scenario.start('2026-11-23T14:00:00Z'); // Mon 23 Nov, 9am in New York
    const cast = await seedCast(s, ['ana', 'cleo', 'sam', 'cora'], {
      quietHours: QUIET,
      graceMinutes: 10,
      noShowAfterMinutes: 20,
      ...organisation,
    });
    await postShift(s.runtime, {
      organisationId: cast.org.id,
      supervisorId: cast.sam.id,
      coordinatorId: cast.cora.id,
      place: 'Riverside Park, dawn crew',
      start: new Date('2026-11-25T11:00:00Z'),
      end: new Date('2026-11-25T15:00:00Z'),
      places: 1,
    });
    await s.settle();
    await takeOffer(s, cast.ana);
    await advanceTo('2026-11-25T11:29:00Z'); // Wed 6:29am
    for (const person of [cast.ana, cast.cleo, cast.sam, cast.cora]) s.inbox(person.phone!);
    await advanceTo('2026-11-25T11:31:00Z'); // 6:31am: no-show at 6:30am
    expect(s.inbox(cast.cora.phone!)).toEqual([
      "No-show: Ana has not checked in for Wed 25 Nov, 6-10am, Riverside Park, dawn crew. We're looking for a replacement now.",
    ]);
    return cast;
  }

  const urgentText = (code: string) =>
    `Urgent: shift starting soon, Wed 25 Nov, 6-10am, Riverside Park, dawn crew (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`;

  it('sends an urgent no-show replacement at night when the organisation allows it', async () => {
    const { cleo } = await noShowAt630am({ urgentOffersInQuietHours: true });
    const [urgent] = s.inbox(cleo.phone!);
    expect(urgent).toBe(urgentText(codeIn(urgent)));
    expect(await sentTo(cleo)).toEqual([[iso('2026-11-25T11:30:00Z'), urgent]]);
  }, 60_000);

  it('holds an urgent no-show replacement until 8am when the organisation does not allow night offers (the default)', async () => {
    const { cleo } = await noShowAt630am({});
    expect(s.inbox(cleo.phone!)).toEqual([]);
    await advanceTo('2026-11-25T12:59:00Z'); // 7:59am
    expect(s.inbox(cleo.phone!)).toEqual([]);
    await advanceTo('2026-11-25T13:00:00Z'); // 8am
    const [urgent] = s.inbox(cleo.phone!);
    expect(urgent).toBe(urgentText(codeIn(urgent)));
    expect(await sentTo(cleo)).toEqual([[iso('2026-11-25T13:00:00Z'), urgent]]);
  }, 60_000);

  it('holds a night drop replacement for a shift days away until 8am, even where night offers are allowed', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z'); // Mon 23 Nov, 9am in New York
    const cast = await seedCast(s, ['ana', 'cleo', 'sam'], {
      quietHours: QUIET,
      urgentOffersInQuietHours: true,
    });
    await postShift(s.runtime, {
      organisationId: cast.org.id,
      supervisorId: cast.sam.id,
      place: 'Riverside Park, north gate',
      start: new Date('2026-11-27T14:00:00Z'), // Fri 9am
      end: new Date('2026-11-27T18:00:00Z'),
      places: 1,
    });
    await s.settle();
    await takeOffer(s, cast.ana);
    await advanceTo('2026-11-24T04:00:00Z'); // Mon 11pm
    s.inbox(cast.ana.phone!);
    await s.text(cast.ana.phone!, 'DROP');
    await s.text(cast.ana.phone!, 'DROP');
    expect(s.inbox(cast.ana.phone!)).toEqual([
      'Drop your shift on Fri 27 Nov, 9am-1pm? Reply DROP again to confirm.',
      "OK, you're no longer booked for Fri 27 Nov, 9am-1pm. Thanks for telling us.",
    ]);
    expect(s.inbox(cast.cleo.phone!)).toEqual([]);
    await s.advance(9 * HOUR - MINUTE); // Tue 7:59am
    expect(s.inbox(cast.cleo.phone!)).toEqual([]);
    await s.advance(MINUTE); // 8am
    expect(await sentTo(cast.cleo)).toEqual([
      [iso('2026-11-24T13:00:00Z'), expect.stringContaining('Fri 27 Nov, 9am-1pm')],
    ]);
  }, 60_000);
});
