import { HOUR, seedCast } from '../support/cast';
import { Scenario } from '../support/scenario';
import { testNumber } from '../support/seed';

const UNKNOWN_NUMBER_REPLY =
  "Hi, this is Riverside Outreach. We don't have your number yet. To join or get help, please call 555-0100.";
const CAP_LOG =
  'texts from this number over the hourly cap: recorded, not acted on, until the next hour';

describe('texts that would run up the bill', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('answers an unknown number once a day however often it texts, every text on one hand-off', async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { cora } = await seedCast(s, ['cora']);
    const stranger = testNumber();

    for (const body of ['hi', 'hello?', 'is anyone there']) await s.text(stranger, body);

    expect(s.inbox(stranger)).toEqual([UNKNOWN_NUMBER_REPLY]);
    expect(s.inbox(cora.phone!)).toHaveLength(1);
    const handOff = await s.models.HandOff.findOne({ from: stranger }).lean();
    expect(handOff!.transcript.map((line) => line.text)).toEqual([
      'hi',
      'hello?',
      'is anyone there',
    ]);
    expect(await s.models.InboundMessage.countDocuments({ from: stranger })).toBe(3);

    await s.advance(24 * HOUR);
    await s.text(stranger, 'hi again');
    expect(s.inbox(stranger)).toEqual([UNKNOWN_NUMBER_REPLY]);
    // The hand-off is still open: the coordinator is not texted again.
    expect(s.inbox(cora.phone!)).toEqual([]);
  }, 60_000);

  it('acts on a few texts per number an hour, records the rest, logs it once and still honours STOP', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z', { INBOUND_PER_NUMBER_PER_HOUR: '3' });
    const { ana } = await seedCast(s, ['ana']);
    const warn = jest.spyOn(s.runtime.log, 'warn');

    for (let i = 0; i < 5; i += 1) await s.text(ana.phone!, 'STATUS');
    await s.text(ana.phone!, 'STOP');

    expect(s.inbox(ana.phone!)).toHaveLength(3);
    const recorded = await s.models.InboundMessage.find({ from: ana.phone })
      .sort({ receivedAt: 1 })
      .lean();
    expect(recorded.map((m) => m.outcome)).toEqual([
      'status',
      'status',
      'status',
      'over_cap',
      'over_cap',
      'over_cap',
    ]);
    expect(recorded.every((m) => m.person?.equals(ana._id))).toBe(true);
    const capped = warn.mock.calls.filter(([, message]) => message === CAP_LOG);
    expect(capped).toEqual([[{ from: ana.phone, cap: 3 }, CAP_LOG]]);
    expect((await s.models.Person.findById(ana._id).lean())!.optedOutOf).toEqual(['+15005550006']);

    await s.advance(HOUR);
    await s.text(ana.phone!, 'START');
    expect(s.inbox(ana.phone!)).toEqual([
      "You're signed up for texts from Riverside Outreach. Text HELP any time.",
    ]);
  }, 60_000);

  it('adds nothing to a hand-off from an unknown number past the cap', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z', { INBOUND_PER_NUMBER_PER_HOUR: '2' });
    await seedCast(s, ['cora']);
    const stranger = testNumber();

    for (const body of ['one', 'two', 'three', 'four']) await s.text(stranger, body);

    expect(s.inbox(stranger)).toEqual([UNKNOWN_NUMBER_REPLY]);
    const handOff = await s.models.HandOff.findOne({ from: stranger }).lean();
    expect(handOff!.transcript.map((line) => line.text)).toEqual(['one', 'two']);
    const outcomes = await s.models.InboundMessage.find({ from: stranger }, { outcome: 1 }).lean();
    expect(outcomes.map((m) => m.outcome).sort()).toEqual([
      'over_cap',
      'over_cap',
      'unknown_sender',
      'unknown_sender',
    ]);
  }, 60_000);
});
