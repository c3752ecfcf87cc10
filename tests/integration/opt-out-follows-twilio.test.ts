import { postShift } from '../../src/engine/runtime/events';
import { queueText } from '../../src/messaging/outbox';
import { withDeliveries } from '../support/deliveries';
import { eventually, startHarness, type Harness } from '../support/harness';
import { seedOrganisation, seedPerson } from '../support/seed';

const A = '+15005550041';
const B = '+15005550042';

/**
 * One person with a role in two organisations, each with its own number. A number belongs to
 * one organisation (a text to it is answered in its name): the previous test's pair gives A and
 * B up first.
 */
async function twoEmployers(h: Harness) {
  await h.models.Organisation.updateMany({ smsNumbers: { $in: [A, B] } }, { smsNumbers: [] });
  const a = await seedOrganisation(h.models, { name: 'Harbour', smsNumbers: [A] });
  const b = await seedOrganisation(h.models, { name: 'Parks', smsNumbers: [B] });
  const person = await seedPerson(h.models, a, {
    roles: [
      { organisation: a._id, role: 'worker' },
      { organisation: b._id, role: 'worker' },
    ],
  });
  return { a, b, person, phone: person.phone! };
}

async function outcomeOf(h: Harness, messageSid: string) {
  const inbound = await eventually(
    () => h.models.InboundMessage.findOne({ messageSid }).lean(),
    (found) => Boolean(found?.outcome),
  );
  return inbound?.outcome;
}

/** Queues HELP from the organisation and returns what became of it: delivered, or why not. */
async function textFrom(h: Harness, organisation: { _id: unknown }, person: object, key: string) {
  const message = await queueText(h.shiftline.runtime, {
    dedupeKey: key,
    organisation: organisation as never,
    to: { person: person as never },
    key: 'unknown_number',
  });
  const [settled] = await eventually(
    () => withDeliveries(h.models, [message]),
    ([m]) => Boolean(m?.suppressed) || m?.status === 'delivered',
  );
  return settled?.suppressed ?? settled?.status;
}

// Twilio's default (help.twilio.com/articles/223134027): a STOP blocks the number it was sent
// to; START, YES or UNSTOP unblock it. Shiftline's state follows, so it neither texts someone
// Twilio blocks nor stays silent to someone Twilio let back in.
describe("opt-out follows Twilio's default handling (issue 21, item 3)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it("a STOP to one organisation's number stops its texts, not another organisation's", async () => {
    const { a, b, person, phone } = await twoEmployers(h);
    const stop = await h.twilio.phones.send(phone, 'STOP', { to: A });
    expect(await outcomeOf(h, stop.messageSid)).toBe('opted_out');
    const after = await h.models.Person.findById(person._id).lean();
    expect(after).toMatchObject({ optedOut: false, optedOutOf: [A] });
    expect(await textFrom(h, a, person, 'from-a')).toBe('opted_out');
    expect(await textFrom(h, b, person, 'from-b')).toBe('delivered');
  });

  it('an opted-out worker who texts YES is opted back in, told so, and nothing is booked', async () => {
    const { a, person, phone } = await twoEmployers(h);
    await h.twilio.phones.send(phone, 'stop', { to: A });
    await eventually(
      () => h.models.Person.findById(person._id).lean(),
      (p) => (p?.optedOutOf ?? []).includes(A),
    );
    const yes = await h.twilio.phones.send(phone, 'Yes', { to: A });
    expect(await outcomeOf(h, yes.messageSid)).toBe('opted_in');
    const [welcome] = await h.twilio.phones.waitFor(phone, 1);
    expect(welcome?.from).toBe(A);
    const outcome = await h.models.SendOutcome.findOne({ twilioSid: welcome!.sid }).lean();
    expect((await h.models.OutboundMessage.findById(outcome!._id).lean())?.key).toBe('opted_in');
    expect(await h.models.Person.findById(person._id).lean()).toMatchObject({
      optedOut: false,
      optedOutOf: [],
    });
    expect(await textFrom(h, a, person, 'after-yes')).toBe('delivered');
  });

  it("offers a shift to no one who sent STOP to the shift organisation's number", async () => {
    const org = await seedOrganisation(h.models, {
      name: 'Offers',
      smsNumbers: ['+15005550043'],
      offerStrategy: { kind: 'broadcast' },
      quietHours: null,
    });
    const boss = await seedPerson(h.models, org, {
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    const [stopped, willing] = [await seedPerson(h.models, org), await seedPerson(h.models, org)];
    await h.twilio.phones.send(stopped.phone!, 'STOP', { to: '+15005550043' });
    await eventually(
      () => h.models.Person.findById(stopped._id).lean(),
      (p) => (p?.optedOutOf ?? []).length > 0,
    );
    const start = new Date(Date.now() + 3 * 86_400_000);
    const shift = await postShift(h.shiftline.runtime, {
      organisationId: org.id as string,
      supervisorId: boss.id as string,
      place: 'North gate',
      start,
      end: new Date(start.getTime() + 4 * 3_600_000),
      places: 1,
    });
    await h.twilio.phones.waitFor(willing.phone!, 1);
    const offered = await h.models.Offer.find({ shift: shift._id }).lean();
    expect(offered.map((o) => o.person.toString())).toEqual([willing.id]);
  });

  it('a YES from someone not opted out is an ordinary reply', async () => {
    const { phone } = await twoEmployers(h);
    const yes = await h.twilio.phones.send(phone, 'YES', { to: A });
    expect(await outcomeOf(h, yes.messageSid)).not.toBe('opted_in');
  });
});

// Advanced Opt-Out (twilio.com/docs/messaging/tutorials/advanced-opt-out): the keywords apply
// to the whole Messaging Service, OptOutType says what they were, and YES may not be one.
describe('opt-out follows Advanced Opt-Out on a Messaging Service (issue 21, item 3)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      overrides: { TWILIO_ADVANCED_OPT_OUT: 'true' },
      twilio: { advancedOptOut: { start: ['UNSTOP'] } },
    });
  });
  afterAll(() => h.stop());

  it('a STOP to one number stops texts from every number, as the service blocks them all', async () => {
    const { a, b, person, phone } = await twoEmployers(h);
    await h.twilio.phones.send(phone, 'STOP', { to: A });
    await eventually(
      () => h.models.Person.findById(person._id).lean(),
      (p) => Boolean(p?.optedOut),
    );
    expect(await textFrom(h, a, person, 'adv-from-a')).toBe('opted_out');
    expect(await textFrom(h, b, person, 'adv-from-b')).toBe('opted_out');
  });

  it('a YES the service does not count leaves them opted out, as Twilio does; START lifts it', async () => {
    const { b, person, phone } = await twoEmployers(h);
    await h.twilio.phones.send(phone, 'STOP', { to: A });
    await eventually(
      () => h.models.Person.findById(person._id).lean(),
      (p) => Boolean(p?.optedOut),
    );
    const yes = await h.twilio.phones.send(phone, 'YES', { to: B });
    expect(await outcomeOf(h, yes.messageSid)).not.toBe('opted_in');
    expect((await h.models.Person.findById(person._id).lean())?.optedOut).toBe(true);

    const start = await h.twilio.phones.send(phone, 'START', { to: B });
    expect(await outcomeOf(h, start.messageSid)).toBe('opted_in');
    const [welcome] = await h.twilio.phones.waitFor(phone, 1);
    expect(welcome?.from).toBe(B);
    expect((await h.models.Person.findById(person._id).lean())?.optedOut).toBe(false);
    expect(await textFrom(h, b, person, 'adv-after-start')).toBe('delivered');
  });
});
