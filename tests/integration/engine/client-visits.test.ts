/**
 * A client's visits through the engine: the client is told who is coming, of a replacement and
 * when the visit is done; a later visit goes first to the worker the client was happy with.
 */
import type { Types } from 'mongoose';
import {
  postShift,
  replyToAssignment,
  replyToOffer,
  reportDone,
  supervisorAnswer,
} from '../../../src/engine/runtime/events';
import type { Shift } from '../../../src/models/shift';
import { seedPerson } from '../../support/seed';
import { idOf, seedTeam, startEngine, type Engine } from './engine-support';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LIKED = 'client liked them last time';

describe("a client's visits", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(() => engine.stop());

  /** An organisation with two full-time workers and a client; visits offered one at a time. */
  async function clientTeam() {
    const { runtime } = engine;
    const team = await seedTeam(runtime, {
      workers: 2,
      offerStrategy: { kind: 'sequential', expiryMinutes: 60 },
    });
    const client = await seedPerson(runtime.models, team.organisation, {
      name: 'Carla',
      roles: [{ organisation: team.organisation._id, role: 'client' }],
    });
    const visit = (startsIn: number) => {
      const start = new Date(runtime.clock.now().getTime() + startsIn);
      return postShift(runtime, {
        organisationId: idOf(team.organisation),
        supervisorId: idOf(team.supervisor),
        clientId: idOf(client),
        place: '12 Elm St',
        start,
        end: new Date(start.getTime() + 2 * HOUR),
        places: 1,
      });
    };
    return { team, client, visit };
  }

  const offersOf = (shift: Shift) =>
    engine.runtime.models.Offer.find({ shift: shift._id }).sort({ rank: 1, _id: 1 }).lean();

  const textsTo = async (person: { _id: Types.ObjectId }) =>
    (
      await engine.runtime.models.OutboundMessage.find({ person: person._id })
        .sort({ _id: 1 })
        .lean()
    ).map((m) => ({ key: m.key, name: (m.vars as Record<string, unknown>).name }));

  const cause = (ref: string) => ({ kind: 'reply' as const, ref: `${ref}-${Math.random()}` });

  /**
   * The first person offered the visit says NO, the second YES, checks in, reports DONE, and the
   * supervisor answers. Returns who declined and who did the visit.
   */
  async function secondWorkerDoesVisit(shift: Shift, answer: 'ok' | 'no') {
    const { runtime } = engine;
    const [first] = await offersOf(shift);
    await replyToOffer(runtime, idOf(first!), 'no', cause('no'));
    const second = (await offersOf(shift)).find((o) => !o.person.equals(first!.person));
    await replyToOffer(runtime, idOf(second!), 'yes', cause('yes'));
    const assignment = await runtime.models.Assignment.findOne({ shift: shift._id })
      .orFail()
      .lean();
    expect(assignment.person.equals(second!.person)).toBe(true);
    await replyToAssignment(runtime, idOf(assignment), { type: 'reply.here' }, cause('here'));
    // With hours: a bare DONE at the very moment of HERE reports no time worked.
    await reportDone(runtime, idOf(assignment), { hours: 1 }, cause('done'));
    await supervisorAnswer(runtime, idOf(assignment), answer, cause('answer'));
    return { declined: first!.person, did: second!.person };
  }

  it('tells the client who is coming and that the visit is done; the next visit goes first to that worker', async () => {
    const { team, client, visit } = await clientTeam();
    const first = await visit(30 * MINUTE);
    const { declined, did } = await secondWorkerDoesVisit(first, 'ok');
    const worker = team.workers.find((w) => w._id.equals(did))!;

    expect(await textsTo(client)).toEqual([
      { key: 'visit.worker_coming', name: worker.name },
      { key: 'visit.done', name: worker.name },
    ]);
    const [coming] = await engine.runtime.models.OutboundMessage.find({ person: client._id })
      .sort({ _id: 1 })
      .lean();
    expect(coming!.body).toMatch(
      new RegExp(`^${worker.name} is coming for your visit on .+\\. Reply STATUS any time\\.$`),
    );
    // The one who declined has fewer hours this week, so without the client's preference they
    // would be asked first.
    const second = await visit(2 * DAY);
    const [offer, ...others] = await offersOf(second);
    expect(others).toEqual([]);
    expect(offer!.person.equals(did)).toBe(true);
    expect(offer!.person.equals(declined)).toBe(false);
    expect(offer!.reasons).toContain(LIKED);
  });

  it('prefers no one when the last visit was disputed', async () => {
    const { client, visit } = await clientTeam();
    const first = await visit(30 * MINUTE);
    const { declined, did } = await secondWorkerDoesVisit(first, 'no');
    expect((await textsTo(client)).map((t) => t.key)).toEqual([
      'visit.worker_coming',
      'visit.done',
    ]);

    const second = await visit(2 * DAY);
    const [offer] = await offersOf(second);
    expect(offer!.person.equals(declined)).toBe(true);
    expect(offer!.person.equals(did)).toBe(false);
    expect(offer!.reasons).not.toContain(LIKED);
  });

  it('tells the client that a worker who dropped is being replaced, then who is coming instead', async () => {
    const { runtime } = engine;
    const { team, client, visit } = await clientTeam();
    const shift = await visit(DAY);
    const [first] = await offersOf(shift);
    await replyToOffer(runtime, idOf(first!), 'yes', cause('yes'));
    const booked = await runtime.models.Assignment.findOne({ shift: shift._id }).orFail().lean();
    await replyToAssignment(runtime, idOf(booked), { type: 'reply.drop' }, cause('drop'));
    await replyToAssignment(runtime, idOf(booked), { type: 'reply.drop' }, cause('drop'));
    const replacementOffer = (await offersOf(shift)).find((o) => !o.person.equals(first!.person));
    await replyToOffer(runtime, idOf(replacementOffer!), 'yes', cause('yes'));

    const nameOf = (id: Types.ObjectId) => team.workers.find((w) => w._id.equals(id))!.name;
    expect(await textsTo(client)).toEqual([
      { key: 'visit.worker_coming', name: nameOf(first!.person) },
      { key: 'visit.replacing', name: nameOf(first!.person) },
      { key: 'visit.worker_coming', name: nameOf(replacementOffer!.person) },
    ]);
  });

  it('texts no client, and still books and releases, when the shift has none', async () => {
    const { runtime } = engine;
    const { team } = await clientTeam();
    const start = new Date(runtime.clock.now().getTime() + DAY);
    const shift = await postShift(runtime, {
      organisationId: idOf(team.organisation),
      supervisorId: idOf(team.supervisor),
      place: 'Senior centre',
      start,
      end: new Date(start.getTime() + 2 * HOUR),
      places: 1,
    });
    const [offer] = await offersOf(shift);
    await replyToOffer(runtime, idOf(offer!), 'yes', cause('yes'));
    const booked = await runtime.models.Assignment.findOne({ shift: shift._id }).orFail().lean();
    await replyToAssignment(runtime, idOf(booked), { type: 'reply.drop' }, cause('drop'));
    await replyToAssignment(runtime, idOf(booked), { type: 'reply.drop' }, cause('drop'));

    const keys = (
      await runtime.models.OutboundMessage.find({ organisation: team.organisation._id }).lean()
    ).map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['offer.accepted', 'drop.done']));
    expect(keys.filter((k) => k.startsWith('visit.'))).toEqual([]);
  });
});
