import { SHORT_CODE_ALPHABET } from '../../src/conversation/short-code';
import { MINUTE, postThursdayShift, postWednesdayShift, seedCast } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

/** A well-formed code that is none of `taken`. */
const otherCode = (taken: string[]) =>
  [...SHORT_CODE_ALPHABET]
    .filter((c) => /[A-Z]/.test(c))
    .map((c) => `${c}9${c}`)
    .find((code) => !taken.includes(code))!;

/** One worker, two shifts offered to everyone at once: two open offers. */
async function twoOpenOffers(s: Scenario) {
  const cast = await seedCast(s, ['ana', 'sam'], { offerStrategy: { kind: 'broadcast' } });
  const { ana } = cast;
  const wednesday = await postWednesdayShift(s, cast);
  await s.advance(MINUTE); // the offers are listed oldest first
  const thursday = await postThursdayShift(s, cast);
  const [first, second] = s.inbox(ana.phone!);
  const code1 = codeIn(first);
  const code2 = codeIn(second);
  expect([first, second]).toEqual([
    `New shift from Riverside Outreach: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Reply YES ${code1} to take it or NO ${code1}.`,
    `New shift from Riverside Outreach: Thu 26 Nov, 10am-2pm, Food bank, Elm Street. Reply YES ${code2} to take it or NO ${code2}.`,
  ]);
  expect(code1).not.toBe(code2);
  const whichOne =
    `You have 2 waiting for an answer. Add the code to your reply, like YES ${code1}\n` +
    `${code1}: Wed 25 Nov, 9am-1pm, Riverside Park, north gate\n` +
    `${code2}: Thu 26 Nov, 10am-2pm, Food bank, Elm Street`;
  return { ana, wednesday, thursday, code1, code2, whichOne };
}

describe('a YES with several open offers asks which one', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('asks which one for a plain YES or an unknown code, books nothing, then books only the quoted code', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, thursday, code1, code2, whichOne } = await twoOpenOffers(s);

    await s.text(ana.phone!, 'YES');
    expect(s.inbox(ana.phone!)).toEqual([whichOne]);
    expect(await s.models.Assignment.countDocuments()).toBe(0);

    // A well-formed code that is neither offer's: asked again, nothing booked.
    await s.text(ana.phone!, `YES ${otherCode([code1, code2])}`);
    expect(s.inbox(ana.phone!)).toEqual([whichOne]);
    expect(await s.models.Assignment.countDocuments()).toBe(0);

    // "ZZZ" is not a code at all (codes have a digit): not understood, nothing booked.
    await s.text(ana.phone!, 'YES ZZZ');
    expect(s.inbox(ana.phone!)).toEqual([
      "Sorry, we didn't understand that, so nothing was changed. Text HELP to see what you can send.",
    ]);
    expect(await s.models.Assignment.countDocuments()).toBe(0);

    await s.text(ana.phone!, `YES ${code2}`);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Thu 26 Nov, 10am-2pm, Food bank, Elm Street. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    const seats = await s.models.Assignment.find().lean();
    expect(seats.map((a) => [a.shift.toString(), a.person.toString(), a.seat])).toEqual([
      [thursday._id.toString(), ana.id, 1],
    ]);
  }, 60_000);

  it('takes a bare "2" after "which one?" as the second option listed', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana, thursday, whichOne } = await twoOpenOffers(s);

    await s.text(ana.phone!, 'yes');
    expect(s.inbox(ana.phone!)).toEqual([whichOne]);
    expect(await s.models.Assignment.countDocuments()).toBe(0);

    await s.text(ana.phone!, '2');
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Thu 26 Nov, 10am-2pm, Food bank, Elm Street. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    const seats = await s.models.Assignment.find().lean();
    expect(seats.map((a) => [a.shift.toString(), a.person.toString(), a.seat])).toEqual([
      [thursday._id.toString(), ana.id, 1],
    ]);
  }, 60_000);
});
