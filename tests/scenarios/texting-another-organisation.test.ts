import type { Types } from 'mongoose';
import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import { postShift } from '../../src/engine/runtime/events';
import { postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { Scenario } from '../support/scenario';
import { seedOrganisation, seedPerson } from '../support/seed';

const RIVERSIDE = '+15005550006';
const HARBOUR = '+15005550026';
const PARKS = '+15005550016';

/** Harbour Home Care, which has never heard of Riverside's people, and its coordinator Hana. */
async function seedHarbour(s: Scenario) {
  const org = await seedOrganisation(s.models, {
    name: 'Harbour Home Care',
    contact: '555-0199',
    smsNumbers: [HARBOUR],
  });
  const hana = await seedPerson(s.models, org, {
    name: 'Hana',
    roles: [{ organisation: org._id, role: 'coordinator' }],
  });
  return { org, hana };
}

/** GET /api/v1/messages as the organisation's read-only key sees it. */
async function messagesOf(s: Scenario, organisation: { _id: Types.ObjectId }) {
  const { key } = await createApiKey(
    s.models,
    { organisation: organisation._id, role: 'read_only', name: 'reader' },
    s.clock.now(),
  );
  const res = await fetch(`http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1/messages`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    items: { direction: string; body: string; person: unknown; maskedNumber: string | null }[];
  };
}

/** POST /api/v1/people as the organisation's admin: its own record of someone. */
async function addPerson(s: Scenario, organisation: { _id: Types.ObjectId }, body: object) {
  const { key } = await createApiKey(
    s.models,
    { organisation: organisation._id, role: 'admin', name: 'admin' },
    s.clock.now(),
  );
  const res = await fetch(`http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1/people`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
}

describe("texting an organisation's number where one has no role", () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it("answers a Riverside worker who texts Harbour's number as a stranger, and Harbour's messages never name her", async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const riverside = await seedCast(s, ['ana', 'sam']);
    const { ana } = riverside;
    await postWednesdayShift(s, riverside);
    await takeOffer(s, ana);
    s.inbox(ana.phone!);
    const harbour = await seedHarbour(s);

    await s.text(ana.phone!, 'STATUS', HARBOUR);

    expect(s.inbox(ana.phone!)).toEqual([
      "Hi, this is Harbour Home Care. We don't have your number yet. To join or get help, please call 555-0199.",
    ]);
    const [handedOver] = s.inbox(harbour.hana.phone!);
    expect(handedOver).toMatch(/^A text from an unknown number \+1\d+: "STATUS"/);
    const recorded = await s.models.InboundMessage.findOne({ to: HARBOUR }).lean();
    expect(recorded).toMatchObject({ organisation: harbour.org._id, unknownSender: true });
    expect(recorded!.person).toBeUndefined();
    expect(await s.models.HandOff.findOne({ organisation: harbour.org._id }).lean()).toMatchObject({
      reason: 'unknown_number',
      from: ana.phone,
    });
    expect((await s.models.HandOff.findOne({ organisation: harbour.org._id }).lean())!.person).toBe(
      undefined,
    );

    const { items } = await messagesOf(s, harbour.org);
    const listed = JSON.stringify(items);
    expect(listed).not.toContain('Ana');
    expect(listed).not.toContain('Riverside');
    expect(listed).not.toContain(ana._id.toString());
    expect(items.find((m) => m.direction === 'in')).toMatchObject({
      body: 'STATUS',
      person: null,
      maskedNumber: expect.stringMatching(/•/),
    });

    // Riverside still knows her.
    await s.text(ana.phone!, 'STATUS', RIVERSIDE);
    expect(s.inbox(ana.phone!)).toEqual([
      'Your next shift:\nWed 25 Nov, 9am-1pm, Riverside Park, north gate',
    ]);
  }, 60_000);

  it('honours a STOP she sends that number, answers nothing, and Riverside still reaches her', async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana } = await seedCast(s, ['ana']);
    const harbour = await seedHarbour(s);

    await s.text(ana.phone!, 'STOP', HARBOUR);

    expect(s.inbox(ana.phone!)).toEqual([]);
    expect(s.inbox(harbour.hana.phone!)).toEqual([]);
    const person = await s.models.Person.findById(ana._id).lean();
    expect(person).toMatchObject({ optedOut: false, optedOutOf: [HARBOUR] });
    expect(await s.models.InboundMessage.findOne({ to: HARBOUR }).lean()).toMatchObject({
      organisation: harbour.org._id,
      unknownSender: true,
      outcome: 'unknown_sender',
    });
    await s.text(ana.phone!, 'STATUS', RIVERSIDE);
    expect(s.inbox(ana.phone!)).toEqual([
      "You have no upcoming shifts. We'll text you when there's work.",
    ]);
  }, 60_000);

  it("names her to Harbour's coordinator as Harbour knows her, once Harbour has added her too", async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { ana } = await seedCast(s, ['ana']);
    const harbour = await seedHarbour(s);
    await addPerson(s, harbour.org, {
      name: 'Anita Harbour',
      phone: ana.phone,
      language: 'en',
      roles: ['worker'],
    });

    await s.text(ana.phone!, 'how long would the shift be?', HARBOUR);

    const [handedOver] = s.inbox(harbour.hana.phone!);
    expect(handedOver).toContain('Anita Harbour');
    expect(handedOver).not.toMatch(new RegExp(`\\b${ana.name}\\b`));
  }, 60_000);

  it("still lets a partner's worker answer the client organisation's offer from its number", async () => {
    s = await Scenario.start('2026-11-23T14:00:00Z');
    const { org: riverside, ana } = await seedCast(s, ['ana']);
    const parks = await seedOrganisation(s.models, { name: 'City Parks', smsNumbers: [PARKS] });
    const ranger = await seedPerson(s.models, parks, {
      name: 'Rae',
      roles: [{ organisation: parks._id, role: 'supervisor' }],
    });
    await s.models.Partnership.create({
      provider: riverside._id,
      client: parks._id,
      chargeCentsPerHour: 2500,
    });
    await postShift(s.runtime, {
      organisationId: parks.id,
      supervisorId: ranger.id,
      place: 'Riverside Park, north gate',
      start: new Date('2026-11-25T14:00:00Z'),
      end: new Date('2026-11-25T18:00:00Z'),
      places: 1,
    });
    await s.settle();

    await takeOffer(s, ana);

    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Riverside Park, north gate. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    expect(await s.models.InboundMessage.findOne({ to: PARKS }).lean()).toMatchObject({
      person: ana._id,
      unknownSender: false,
    });
  }, 60_000);
});
