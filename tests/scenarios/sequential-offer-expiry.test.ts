import { MINUTE, postWednesdayShift, seedCast } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

const offerText = (code: string) =>
  `New shift from Riverside Outreach: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Reply YES ${code} to take it or NO ${code}.`;

describe('a sequential offer that nobody answers in time moves down the ranking', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('expires the first offer after 30 minutes, moves on after a NO, and books the third worker', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const cast = await seedCast(s, ['ana', 'ben', 'cleo', 'sam']);
    const { ana, ben, cleo, sam } = cast;

    const shift = await postWednesdayShift(s, cast);
    const [anaOffer] = s.inbox(ana.phone!);
    expect(anaOffer).toBe(offerText(codeIn(anaOffer)));
    expect(s.inbox(ben.phone!)).toEqual([]); // full-time first, one at a time
    expect(s.inbox(cleo.phone!)).toEqual([]);

    // Ana says nothing: at 9:30am her offer closes and Ben, part-time, is next.
    await s.advance(29 * MINUTE);
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(ben.phone!)).toEqual([]);
    await s.advance(2 * MINUTE); // 9:31am
    expect(s.inbox(ana.phone!)).toEqual([
      "Sorry, the offer for Wed 25 Nov, 9am-1pm, Riverside Park, north gate has closed. We'll text you next time.",
    ]);
    const [benOffer] = s.inbox(ben.phone!);
    const benCode = codeIn(benOffer);
    expect(benOffer).toBe(offerText(benCode));
    expect(s.inbox(cleo.phone!)).toEqual([]);

    await s.text(ben.phone!, 'no');
    expect(s.inbox(ben.phone!)).toEqual([
      "OK, thanks for letting us know. We'll text you about other shifts.",
    ]);
    const [cleoOffer] = s.inbox(cleo.phone!);
    const cleoCode = codeIn(cleoOffer);
    expect(cleoOffer).toBe(offerText(cleoCode));
    expect(new Set([codeIn(anaOffer), benCode, cleoCode]).size).toBe(3);
    expect(s.inbox(ana.phone!)).toEqual([]);

    await s.text(cleo.phone!, `YES ${cleoCode}`);
    expect(s.inbox(cleo.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    const seats = await s.models.Assignment.find({ shift: shift._id }).lean();
    expect(seats.map((a) => [a.person.toString(), a.seat])).toEqual([[cleo.id, 1]]);

    // Nobody else is offered the shift, now or when Cleo's offer would have expired.
    await s.advance(60 * MINUTE);
    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(ben.phone!)).toEqual([]);
    expect(s.inbox(cleo.phone!)).toEqual([]);
    expect(s.inbox(sam.phone!)).toEqual([]);
    const offers = await s.models.Offer.find({ shift: shift._id }).sort({ createdAt: 1 }).lean();
    expect(offers.map((o) => o.person.toString())).toEqual([ana.id, ben.id, cleo.id]);
  }, 60_000);
});
