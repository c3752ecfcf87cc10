import { startApiWorld, type ApiWorld } from '../../support/api';
import { eventually } from '../../support/harness';
import { seedPerson } from '../../support/seed';

describe('POST /people/:id/messages: a coordinator texts a person in their own words', () => {
  let w: ApiWorld;
  beforeAll(async () => {
    w = await startApiWorld();
  });
  afterAll(() => w.stop());

  it('sends through the outbound queue and records which key sent it', async () => {
    const ana = await seedPerson(w.h.models, w.riverside, { name: 'Ana' });
    const res = await w.as(w.keys.riverside.coordinator)('post', `/people/${ana.id}/messages`, {
      text: '  It is 4 hours; the address is 12 Elm St. ',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      direction: 'out',
      body: 'Riverside Outreach: It is 4 hours; the address is 12 Elm St.',
      key: 'person_message',
      sentBy: { name: 'coordinator' },
    });
    const [received] = await w.h.twilio.phones.waitFor(ana.phone!, 1);
    expect(received!.body).toBe('Riverside Outreach: It is 4 hours; the address is 12 Elm St.');
    const record = await w.h.models.OutboundMessage.findById(res.body.id).lean();
    expect(record?.sentBy?.keyId).toBe(res.body.sentBy.keyId);
    const thread = await w.as(w.keys.riverside.read_only)('get', `/people/${ana.id}/messages`);
    expect(thread.body.items.at(-1)).toMatchObject({
      key: 'person_message',
      sentBy: res.body.sentBy,
    });
  });

  it('sends the same ref once, and answers the open hand-off', async () => {
    const ben = await seedPerson(w.h.models, w.riverside, { name: 'Ben' });
    const openKey = `${w.riverside.id}:${ben.phone}`;
    const handOff = await w.h.models.HandOff.create({
      organisation: w.riverside._id,
      reason: 'question',
      person: ben._id,
      from: ben.phone!,
      transcript: [{ from: 'worker', text: 'how long is it?', at: new Date() }],
      openKey,
      createdAt: new Date(),
    });
    const call = () =>
      w.as(w.keys.riverside.coordinator)('post', `/people/${ben.id}/messages`, {
        text: 'Four hours.',
        ref: 'answer-1',
      });
    const [first, second] = [await call(), await call()];
    expect(second.body.id).toBe(first.body.id);
    await w.h.twilio.phones.waitFor(ben.phone!, 1);
    const resolved = await eventually(
      () => w.h.models.HandOff.findById(handOff._id).lean(),
      (h) => Boolean(h?.resolvedAt),
    );
    expect(resolved?.openKey).toBeUndefined();
    expect(w.h.twilio.phones.received(ben.phone!)).toHaveLength(1);
  });

  it('refuses a read-only key, an empty text, and a person of a partner or another organisation', async () => {
    const cleo = await seedPerson(w.h.models, w.riverside, { name: 'Cleo' });
    const stranger = await seedPerson(w.h.models, w.harbour, { name: 'Hugo' });
    const readOnly = await w.as(w.keys.riverside.read_only)('post', `/people/${cleo.id}/messages`, {
      text: 'hi',
    });
    expect(readOnly.status).toBe(403);
    const empty = await w.as(w.keys.riverside.coordinator)('post', `/people/${cleo.id}/messages`, {
      text: '   ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.details.map((d: { path: string }) => d.path)).toEqual(['text']);
    // Parks sees Riverside's workers (a partnership), read-only: it may not text them.
    const partner = await w.as(w.keys.parks.coordinator)('post', `/people/${cleo.id}/messages`, {
      text: 'hi',
    });
    expect(partner.status).toBe(404);
    const foreign = await w.as(w.keys.riverside.coordinator)(
      'post',
      `/people/${stranger.id}/messages`,
      { text: 'hi' },
    );
    expect(foreign.status).toBe(404);
    expect(
      await w.h.models.OutboundMessage.countDocuments({
        key: 'person_message',
        person: { $in: [cleo._id, stranger._id] },
      }),
    ).toBe(0);
  });
});
