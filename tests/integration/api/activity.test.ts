import { SteppingClock } from '../../../src/engine/clock';
import {
  replyToAssignment,
  replyToOffer,
  reportDone,
  supervisorAnswer,
} from '../../../src/engine/runtime/events';
import { advanceClock } from '../../../src/jobs/advance-clock';
import { startApiWorld, type ApiWorld, type Call } from '../../support/api';
import { seedPerson } from '../../support/seed';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Tuesday 24 Nov 2026, 10am in New York: outside quiet hours. */
const T0 = new Date('2026-11-24T15:00:00Z');

interface Item {
  at: string;
  shiftId: string;
  place: string;
  kind: string;
  person: { id: string; name: string } | null;
  from: string | null;
  to: string;
  event: string | null;
  alert: string | null;
}

describe('the activity feed', () => {
  const clock = new SteppingClock(T0);
  let w: ApiWorld;
  let reader: Call;
  let feed: Item[];
  const shifts: Record<'checkedIn' | 'noShow' | 'dropped' | 'harbour' | 'parks', string> = {
    checkedIn: '',
    noShow: '',
    dropped: '',
    harbour: '',
    parks: '',
  };

  const at = (hours: number) => new Date(clock.now().getTime() + hours * HOUR).toISOString();
  const reply = (n: number) => ({ kind: 'reply' as const, ref: `SM-activity-${n}` });

  /**
   * Riverside: Ana checks in and reports hours that get escalated then disputed; Ben is a
   * no-show; Ana takes a later shift and drops it. Harbour and Parks each have a shift of
   * their own (Parks' offered to Riverside's workers).
   */
  beforeAll(async () => {
    w = await startApiWorld({ clock });
    reader = w.as(w.keys.riverside.read_only);
    const { runtime } = w.h.shiftline;
    const supervisor = (organisation: { _id: unknown }, name: string) =>
      seedPerson(w.h.models, organisation, {
        name,
        roles: [{ organisation: organisation._id, role: 'supervisor' }],
      });
    const sam = await supervisor(w.riverside, 'Sam');
    const hal = await supervisor(w.harbour, 'Hal');
    const pia = await supervisor(w.parks, 'Pia');
    await seedPerson(w.h.models, w.riverside, { name: 'Ana', employmentType: 'full_time' });
    await seedPerson(w.h.models, w.riverside, { name: 'Ben', employmentType: 'part_time' });
    await seedPerson(w.h.models, w.harbour, { name: 'Hank' });
    await w.h.models.Organisation.updateOne(
      { _id: w.parks._id },
      { $set: { offerStrategy: { kind: 'broadcast' } } },
    );
    const post = async (key: string, place: string, supervisorId: string, startIn: number) => {
      const res = await w.as(key)('post', '/shifts', {
        place,
        start: at(startIn),
        end: at(startIn + 4),
        places: 1,
        supervisorId,
      });
      expect(res.status).toBe(201);
      return res.body as { id: string; offers: { id: string }[] };
    };
    const seatOf = async (shiftId: string) =>
      (await w.h.models.Assignment.findOne({ shift: shiftId }).orFail().lean())._id.toString();

    const coordinator = w.keys.riverside.coordinator;
    const checkedIn = await post(coordinator, 'Food bank', sam.id, 1);
    await replyToOffer(runtime, checkedIn.offers[0]!.id, 'yes', reply(1));
    const anaSeat = await seatOf(checkedIn.id);
    await replyToAssignment(runtime, anaSeat, { type: 'reply.here' }, reply(2));
    // With hours: a bare DONE at the very moment of HERE reports no time worked.
    await reportDone(runtime, anaSeat, { hours: 4 }, reply(3));
    // Ana is booked at this time: Ben gets it.
    const noShow = await post(coordinator, 'Senior centre', sam.id, 2);
    await replyToOffer(runtime, noShow.offers[0]!.id, 'yes', reply(4));
    const dropped = await post(coordinator, 'Library', sam.id, 30);
    await replyToOffer(runtime, dropped.offers[0]!.id, 'yes', reply(5));
    const anaLater = await seatOf(dropped.id);
    await replyToAssignment(runtime, anaLater, { type: 'reply.drop' }, reply(6));
    await replyToAssignment(runtime, anaLater, { type: 'reply.drop' }, reply(7));
    const harbour = await post(w.keys.harbour.coordinator, 'Harbour', hal.id, 3);
    const parks = await post(w.keys.parks.coordinator, 'Parks', pia.id, 40);
    Object.assign(shifts, {
      checkedIn: checkedIn.id,
      noShow: noShow.id,
      dropped: dropped.id,
      harbour: harbour.id,
      parks: parks.id,
    });

    // Ben never arrives; nobody answers Ana's hours until they are escalated, then disputed.
    await advanceClock(runtime, clock, 6 * HOUR + 30 * MINUTE);
    await supervisorAnswer(runtime, anaSeat, 'no', reply(8));
    feed = (await reader('get', '/activity?limit=200')).body.items;
  });
  afterAll(() => w.stop());

  it('lists the changes on its own shifts, newest first, with the place and the person', async () => {
    const res = await reader('get', '/activity?limit=200');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ hasMore: false, nextCursor: null });
    const times = feed.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feed[0]).toMatchObject({
      shiftId: shifts.checkedIn,
      place: 'Food bank',
      kind: 'completion',
      person: { name: 'Ana' },
      from: 'escalated',
      to: 'disputed',
      event: 'supervisor.no',
      cause: 'reply',
      alert: 'disputed',
    });
    expect(new Set(feed.map((i) => i.shiftId))).toEqual(
      new Set([shifts.checkedIn, shifts.noShow, shifts.dropped]),
    );
  });

  it('flags no-shows, drops, escalations and disputes, and nothing else', () => {
    const alerts = feed
      .filter((i) => i.alert !== null)
      .map((i) => `${i.place}: ${i.person?.name} ${i.kind} ${i.to} → ${i.alert}`);
    expect(alerts.sort()).toEqual([
      'Food bank: Ana completion disputed → disputed',
      'Food bank: Ana completion escalated → escalated',
      'Library: Ana attendance dropped → dropped',
      'Senior centre: Ben attendance no_show → no_show',
    ]);
  });

  it('shows the same no-shows and escalations on the board', async () => {
    const board = await reader('get', `/shifts?from=${encodeURIComponent(T0.toISOString())}`);
    const byId = new Map(board.body.items.map((s: { id: string }) => [s.id, s]));
    expect(byId.get(shifts.checkedIn)).toMatchObject({
      progress: 'disputed',
      alerts: { noShows: 0, escalations: 1, drops: 0, disputes: 1 },
    });
    // Ben's place is empty and nobody is left to offer it to: unfilled, not open (issue 16).
    expect(byId.get(shifts.noShow)).toMatchObject({
      filled: 0,
      progress: 'unfilled',
      alerts: { noShows: 1, escalations: 0, drops: 0, disputes: 0 },
    });
    const detail = await reader('get', `/shifts/${shifts.noShow}`);
    expect(detail.body.assignments).toEqual([]);
    // Ben's place is still shown, as the place he lost and how.
    expect(detail.body.releasedPlaces).toMatchObject([
      { seat: 1, person: { name: 'Ben' }, attendance: 'no_show' },
    ]);
    expect(byId.get(shifts.dropped)).toMatchObject({
      alerts: { noShows: 0, escalations: 0, drops: 1, disputes: 0 },
    });
    const dropped = await reader('get', `/shifts/${shifts.dropped}`);
    expect(dropped.body.releasedPlaces).toMatchObject([
      { seat: 1, person: { name: 'Ana' }, attendance: 'dropped' },
    ]);
    expect(detail.body.history.at(-1)).toMatchObject({
      kind: 'attendance',
      person: { name: 'Ben' },
      from: 'nudged',
      to: 'no_show',
      cause: 'timer',
    });
  });

  it('pages with limit and cursor, and answers only what came after since', async () => {
    const first = await reader('get', '/activity?limit=3');
    expect(first.body.items).toEqual(feed.slice(0, 3));
    expect(first.body.hasMore).toBe(true);
    const second = await reader('get', `/activity?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toEqual(feed.slice(3, 6));

    const since = feed[5]!.at;
    const newer = await reader('get', `/activity?limit=200&since=${encodeURIComponent(since)}`);
    const expected = feed.filter((i) => Date.parse(i.at) > Date.parse(since));
    expect(expected.length).toBeGreaterThan(0);
    expect(newer.body).toEqual({ items: expected, hasMore: false, nextCursor: null });
  });

  it("never shows another organisation's shifts, nor a partner's shift its workers were offered", async () => {
    const harbour = await w.as(w.keys.harbour.read_only)('get', '/activity?limit=200');
    expect(harbour.body.items.length).toBeGreaterThan(0);
    expect(new Set(harbour.body.items.map((i: Item) => i.shiftId))).toEqual(
      new Set([shifts.harbour]),
    );
    const parks = await w.as(w.keys.parks.read_only)('get', '/activity?limit=200');
    expect(parks.body.items.map((i: Item) => i.person?.name)).toContain('Ben');
    expect(new Set(parks.body.items.map((i: Item) => i.shiftId))).toEqual(new Set([shifts.parks]));
  });

  it('refuses a bad since or limit with a 400 naming it', async () => {
    const res = await reader('get', '/activity?since=yesterday&limit=0');
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'limit',
      'since',
    ]);
    expect((await reader('get', '/activity?limit=201')).status).toBe(400);
  });
});
