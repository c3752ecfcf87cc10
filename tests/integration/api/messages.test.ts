import { STATUS_RANK } from '../../../src/models/outbound-message';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

type Organisation = ApiWorld['riverside'];
type Seeded = Awaited<ReturnType<typeof seedPerson>>;
interface Item {
  body: string;
  at: string;
}

const at = (minute: number) => new Date(Date.UTC(2026, 5, 6, 13, minute));
const bodies = (res: { body: { items: Item[] } }) => res.body.items.map((m) => m.body);

describe('the messages API', () => {
  let w: ApiWorld;
  let ana: Seeded;
  let pat: Seeded;
  let hal: Seeded;
  let seq = 0;

  /**
   * A recorded text; with `handed`, Twilio took it (its sid) and, with `reported`, later reported
   * that status (an event at the same minute).
   */
  const sent = async (
    organisation: Organisation,
    person: Seeded | null,
    minute: number,
    body: string,
    extra: Record<string, unknown> = {},
    handed?: { twilioSid?: string; reported?: 'sent' | 'undelivered'; errorCode?: number },
  ) => {
    seq += 1;
    const message = await w.h.models.OutboundMessage.create({
      dedupeKey: `test-${seq}`,
      organisation: organisation._id,
      ...(person ? { person: person._id } : {}),
      key: 'offer',
      language: 'en',
      body,
      createdAt: at(minute),
      ...extra,
    });
    if (!handed) return message;
    const twilioSid = handed.twilioSid ?? `SMt${seq}`;
    await w.h.models.SendOutcome.create({
      _id: message._id,
      organisation: organisation._id,
      twilioSid,
      status: 'queued',
      channel: 'sms',
      at: at(minute),
    });
    if (handed.reported)
      await w.h.models.MessageStatusEvent.create({
        twilioSid,
        status: handed.reported,
        rank: STATUS_RANK[handed.reported],
        errorCode: handed.errorCode,
        at: at(minute),
      });
    return message;
  };

  const received = (
    organisation: Organisation,
    person: Seeded | null,
    minute: number,
    body: string,
    extra: Record<string, unknown> = {},
  ) => {
    seq += 1;
    return w.h.models.InboundMessage.create({
      messageSid: `SMin${seq}`,
      channel: 'sms',
      from: person?.phone ?? '+15557654321',
      to: organisation.smsNumbers[0],
      body,
      receivedAt: at(minute),
      organisation: organisation._id,
      ...(person ? { person: person._id } : { unknownSender: true }),
      ...extra,
    });
  };

  beforeAll(async () => {
    w = await startApiWorld();
    const { models } = w.h;
    ana = await seedPerson(models, w.riverside, { name: 'Ana' });
    pat = await seedPerson(models, w.parks, {
      name: 'Pat',
      roles: [{ organisation: w.parks._id, role: 'supervisor' }],
    });
    hal = await seedPerson(models, w.harbour, {
      name: 'Hal',
      roles: [{ organisation: w.harbour._id, role: 'worker' }],
    });
    await sent(w.riverside, ana, 0, 'Riverside offer', {}, { twilioSid: 'SMa0' });
    await models.MessageStatusEvent.create([
      { twilioSid: 'SMa0', status: 'delivered', rank: 5, at: at(2) },
      { twilioSid: 'SMa0', status: 'sent', rank: 4, at: at(1) },
    ]);
    await received(w.riverside, ana, 5, 'yes', { outcome: 'offer_accepted' });
    await sent(w.riverside, ana, 5, 'Booked', { key: 'booked' }, { reported: 'sent' });
    await sent(
      w.riverside,
      ana,
      60,
      'Reminder',
      { key: 'reminder' },
      { reported: 'undelivered', errorCode: 30003 },
    );
    await received(w.riverside, ana, 120, 'HERE', { outcome: 'checked_in' });
    await received(w.riverside, null, 200, 'who is this', { outcome: 'unknown_sender' });
    await sent(w.riverside, null, 200, 'Wrong number', {
      key: 'unknown_number',
      toAddress: '+15557654321',
    });
    await sent(w.parks, ana, 30, 'Parks offer');
    await received(w.parks, ana, 31, 'yes to parks', { outcome: 'offer_accepted' });
    await sent(w.parks, pat, 40, 'Parks supervisor note');
    await sent(w.harbour, hal, 50, 'Harbour offer');
  });
  afterAll(() => w.stop());

  const riverside = () => w.as(w.keys.riverside.read_only);
  const parks = () => w.as(w.keys.parks.read_only);

  describe('GET /people/:id/messages', () => {
    it("shows a person's thread with the caller, oldest first, with statuses and outcomes", async () => {
      const res = await riverside()('get', `/people/${ana.id}/messages`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ hasMore: false, nextCursor: null });
      expect(bodies(res)).toEqual(['Riverside offer', 'yes', 'Booked', 'Reminder', 'HERE']);
      const [offer, yes, , reminder] = res.body.items;
      expect(offer).toMatchObject({
        direction: 'out',
        at: at(0).toISOString(),
        channel: 'sms',
        status: 'delivered',
        key: 'offer',
        outcome: null,
        events: [
          { status: 'sent', at: at(1).toISOString(), errorCode: null },
          { status: 'delivered', at: at(2).toISOString(), errorCode: null },
        ],
      });
      expect(yes).toMatchObject({ direction: 'in', status: null, outcome: 'offer_accepted' });
      expect(reminder).toMatchObject({
        status: 'undelivered',
        errorCode: 30003,
        events: [{ status: 'undelivered', at: at(60).toISOString(), errorCode: 30003 }],
      });
    });

    it('pages backwards with a cursor, splitting texts of one instant without losing one', async () => {
      const thread = `/people/${ana.id}/messages`;
      const newest = await riverside()('get', `${thread}?limit=2`);
      expect(bodies(newest)).toEqual(['Reminder', 'HERE']);
      // 'yes' and 'Booked' share an instant; the page ends between them.
      const older = await riverside()('get', `${thread}?limit=1&cursor=${newest.body.nextCursor}`);
      expect(bodies(older)).toEqual(['Booked']);
      const oldest = await riverside()('get', `${thread}?limit=2&cursor=${older.body.nextCursor}`);
      expect(bodies(oldest)).toEqual(['Riverside offer', 'yes']);
      expect(oldest.body).toMatchObject({ hasMore: false, nextCursor: null });
    });

    it("shows a partner's shared worker with the caller's own texts only", async () => {
      const res = await parks()('get', `/people/${ana.id}/messages`);
      expect(res.status).toBe(200);
      expect(bodies(res)).toEqual(['Parks offer', 'yes to parks']);
      expect(res.body.hasMore).toBe(false);
    });

    it("answers 404 for a person of an unrelated organisation or of a partner's client", async () => {
      expect((await riverside()('get', `/people/${hal.id}/messages`)).status).toBe(404);
      // Riverside provides Parks' workers; Parks' own people are not shared with Riverside.
      expect((await riverside()('get', `/people/${pat.id}/messages`)).status).toBe(404);
      expect((await w.as(w.keys.harbour.admin)('get', `/people/${ana.id}/messages`)).status).toBe(
        404,
      );
      expect((await riverside()('get', '/people/0123456789abcdef01234567/messages')).status).toBe(
        404,
      );
    });

    it('refuses a bad id, limit or cursor with a 400 naming the field', async () => {
      const bad = await riverside()('get', '/people/nope/messages');
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].path).toBe('id');
      const query = await riverside()('get', `/people/${ana.id}/messages?limit=0`);
      expect(query.status).toBe(400);
      expect(query.body.details.map((d: { path: string }) => d.path)).toEqual(['limit']);
      const cursor = await riverside()('get', `/people/${ana.id}/messages?cursor=yesterday`);
      expect(cursor.status).toBe(400);
      expect(cursor.body.details.map((d: { path: string }) => d.path)).toEqual(['cursor']);
    });

    it('answers 401 without a key', async () => {
      expect((await w.as(null)('get', `/people/${ana.id}/messages`)).status).toBe(401);
    });
  });

  describe('GET /messages', () => {
    it("lists the organisation's texts both ways, newest first, with who they were with", async () => {
      const res = await riverside()('get', '/messages');
      expect(res.status).toBe(200);
      expect(res.body.hasMore).toBe(false);
      expect(bodies(res)).toEqual([
        'Wrong number',
        'who is this',
        'HERE',
        'Reminder',
        'Booked',
        'yes',
        'Riverside offer',
      ]);
      const [reply, unknown, here] = res.body.items;
      expect(here).toMatchObject({ person: { id: ana.id, name: 'Ana' }, maskedNumber: null });
      expect(unknown).toMatchObject({
        direction: 'in',
        person: null,
        maskedNumber: '+1••••••4321',
      });
      expect(reply).toMatchObject({ direction: 'out', person: null, maskedNumber: '+1••••••4321' });
      expect(JSON.stringify(res.body)).not.toContain('+15557654321');
    });

    it('filters by delivery status, so an operator sees the failures', async () => {
      const res = await riverside()('get', '/messages?status=failed,undelivered');
      expect(bodies(res)).toEqual(['Reminder']);
      expect(res.body.hasMore).toBe(false);
    });

    it('filters by direction and time, and pages with limit and cursor', async () => {
      const inbound = await riverside()('get', '/messages?direction=in');
      expect(bodies(inbound)).toEqual(['who is this', 'HERE', 'yes']);
      const recent = await riverside()('get', `/messages?since=${at(100).toISOString()}`);
      expect(bodies(recent)).toEqual(['Wrong number', 'who is this', 'HERE']);
      const first = await riverside()('get', '/messages?limit=1');
      expect(bodies(first)).toEqual(['Wrong number']);
      const page = await riverside()('get', `/messages?limit=2&cursor=${first.body.nextCursor}`);
      expect(bodies(page)).toEqual(['who is this', 'HERE']);
      expect(page.body.hasMore).toBe(true);
    });

    it("never lists another organisation's texts, even to a shared worker", async () => {
      const res = await parks()('get', '/messages');
      expect(bodies(res)).toEqual(['Parks supervisor note', 'yes to parks', 'Parks offer']);
      const harbour = await w.as(w.keys.harbour.read_only)('get', '/messages');
      expect(bodies(harbour)).toEqual(['Harbour offer']);
    });

    it('refuses an unknown status or direction with a 400 naming the field', async () => {
      const res = await riverside()('get', '/messages?status=failed,lost&direction=sideways');
      expect(res.status).toBe(400);
      const paths = res.body.details.map((d: { path: string }) => d.path.split('.')[0]);
      expect(paths.sort()).toEqual(['direction', 'status']);
    });
  });
});
