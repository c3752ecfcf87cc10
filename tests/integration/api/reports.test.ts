import type { Types } from 'mongoose';
import { SteppingClock } from '../../../src/engine/clock';
import type { RecordKind } from '../../../src/engine/types';
import type { Shift } from '../../../src/models/shift';
import { STATUS_RANK } from '../../../src/models/outbound-message';
import { startApiWorld, type ApiWorld } from '../../support/api';
import { seedPerson } from '../../support/seed';

type Organisation = ApiWorld['riverside'];
type SeededShift = Pick<Shift, '_id' | 'supervisor'>;

/** Noon on Saturday 6 June 2026 in New York (EDT, UTC-4). */
const NOW = new Date('2026-06-06T16:00:00Z');
const utc = (text: string) => new Date(`2026-06-${text}Z`);
/** A June day and time ("04T13:00:00", UTC), or any instant. */
const when = (at: string | Date) => (typeof at === 'string' ? utc(at) : at);

const zeros = {
  shiftsPosted: 0,
  places: 0,
  placesFilled: 0,
  shiftsCancelled: 0,
  noShows: 0,
  drops: 0,
  hoursConfirmed: 0,
  chargeCents: 0,
  chargesEarnedCents: 0,
  messagesSent: 0,
  messagesDelivered: 0,
  messagesFailed: 0,
  messagesSuppressed: 0,
  inboundReceived: 0,
  unknownSenders: 0,
};

describe('the reports API', () => {
  let w: ApiWorld;
  let seq = 0;
  const next = () => (seq += 1);

  async function shift(
    organisation: Organisation,
    start: Date,
    places: number,
    state: Shift['state'] = 'open',
  ) {
    const supervisor = await seedPerson(w.h.models, organisation, { name: `Sup ${next()}` });
    return w.h.models.Shift.create({
      organisation: organisation._id,
      supervisor: supervisor._id,
      place: 'Riverside Park',
      start,
      end: new Date(start.getTime() + 4 * 3600_000),
      places,
      state,
      createdAt: utc('01T12:00:00'),
    });
  }

  async function fill(s: SeededShift, seats: number) {
    for (let seat = 1; seat <= seats; seat += 1) {
      const worker = await seedPerson(w.h.models, w.riverside, { name: `Worker ${next()}` });
      await w.h.models.Assignment.create({
        shift: s._id,
        seat,
        person: worker._id,
        supervisor: s.supervisor,
        createdAt: utc('01T12:00:00'),
      });
    }
  }

  const record = (
    s: { _id: Types.ObjectId },
    kind: RecordKind,
    at: string | Date,
    extra: { minutes?: number; chargeCents?: number; person?: Types.ObjectId } = {},
  ) =>
    w.h.models.WorkRecord.create({
      dedupeKey: `r${next()}`,
      kind,
      shift: s._id,
      at: when(at),
      ...extra,
    });

  /** A recorded text and what became of it: handed to Twilio at sentAt with a final status, or not sent. */
  const sent = async (
    organisation: Organisation,
    at: string | Date,
    fate: { sentAt: Date; status: 'delivered' | 'failed' | 'read' } | { suppressed: 'opted_out' },
    person?: Types.ObjectId,
  ) => {
    const message = await w.h.models.OutboundMessage.create({
      dedupeKey: `m${next()}`,
      organisation: organisation._id,
      person,
      toAddress: '+15550000000',
      key: 'offer',
      language: 'en',
      body: 'text',
      createdAt: when(at),
    });
    const outcome = { _id: message._id, organisation: organisation._id };
    if ('suppressed' in fate) {
      await w.h.models.SendOutcome.create({
        ...outcome,
        suppressed: fate.suppressed,
        at: when(at),
      });
      return;
    }
    const twilioSid = `SM${message._id.toString()}`;
    await w.h.models.SendOutcome.create({
      ...outcome,
      twilioSid,
      status: 'queued',
      at: fate.sentAt,
    });
    await w.h.models.MessageStatusEvent.create({
      twilioSid,
      status: fate.status,
      rank: STATUS_RANK[fate.status],
      at: fate.sentAt,
    });
  };

  const received = (
    organisation: Organisation,
    at: string | Date,
    unknownSender: boolean,
    person?: Types.ObjectId,
  ) =>
    w.h.models.InboundMessage.create({
      messageSid: `SMr${next()}`,
      person,
      channel: 'sms',
      from: '+15550000000',
      to: '+15005550006',
      receivedAt: when(at),
      organisation: organisation._id,
      unknownSender,
      outcome: unknownSender ? 'unknown_sender' : 'help',
    });

  beforeAll(async () => {
    w = await startApiWorld({ clock: new SteppingClock(NOW) });
    // Thursday 4 June, local: 09:00 shift with both places filled, and one at 23:30.
    const morning = await shift(w.riverside, utc('04T13:00:00'), 2, 'filled');
    await fill(morning, 2);
    const lateNight = await shift(w.riverside, utc('05T03:30:00'), 1, 'filled');
    await fill(lateNight, 1);
    // Friday 5 June: a cancelled shift whose held place does not count as filled.
    const cancelled = await shift(w.riverside, utc('05T14:00:00'), 3, 'cancelled');
    await fill(cancelled, 1);
    // Saturday 00:30 local: outside a range ending on Friday.
    await shift(w.riverside, utc('06T04:30:00'), 1);

    await record(morning, 'drop', '04T15:00:00');
    // 23:50 on Thursday, local, though Friday in UTC.
    await record(morning, 'hours_confirmed', '05T03:50:00', { minutes: 240, chargeCents: 10_000 });
    // 00:10 on Friday, local.
    await record(morning, 'hours_confirmed', '05T04:10:00', { minutes: 210, chargeCents: 8_750 });
    await record(lateNight, 'no_show', '05T04:30:00');
    await record(lateNight, 'checked_in', '05T03:35:00');

    await sent(w.riverside, '04T12:00:00', { sentAt: utc('04T12:00:01'), status: 'delivered' });
    await sent(w.riverside, '04T12:01:00', { sentAt: utc('04T12:01:01'), status: 'failed' });
    await sent(w.riverside, '05T03:59:00', { suppressed: 'opted_out' });
    await sent(w.riverside, '05T12:00:00', { sentAt: utc('05T12:00:01'), status: 'read' });
    await received(w.riverside, '04T12:30:00', false);
    await received(w.riverside, '05T12:30:00', true);

    const parksShift = await shift(w.parks, utc('04T14:00:00'), 5);
    await record(parksShift, 'no_show', '04T16:00:00');
    await sent(w.parks, '04T12:00:00', { sentAt: utc('04T12:00:01'), status: 'delivered' });
  });
  afterAll(() => w.stop());

  const summary = (query: string, key = w.keys.riverside.read_only) =>
    w.as(key)('get', `/reports/summary${query}`);

  it('counts each figure on its local day in the organisation’s time zone', async () => {
    const res = await summary('?from=2026-06-04&to=2026-06-05');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: '2026-06-04',
      to: '2026-06-05',
      timeZone: 'America/New_York',
    });
    expect(res.body.days).toEqual([
      {
        date: '2026-06-04',
        ...zeros,
        shiftsPosted: 2,
        places: 3,
        placesFilled: 3,
        drops: 1,
        hoursConfirmed: 4,
        chargeCents: 10_000,
        messagesSent: 2,
        messagesDelivered: 1,
        messagesFailed: 1,
        messagesSuppressed: 1,
        inboundReceived: 1,
      },
      {
        date: '2026-06-05',
        ...zeros,
        shiftsPosted: 1,
        places: 3,
        shiftsCancelled: 1,
        noShows: 1,
        hoursConfirmed: 3.5,
        chargeCents: 8_750,
        messagesSent: 1,
        messagesDelivered: 1,
        inboundReceived: 1,
        unknownSenders: 1,
      },
    ]);
    expect(res.body.totals).toEqual({
      shiftsPosted: 3,
      places: 6,
      placesFilled: 3,
      shiftsCancelled: 1,
      noShows: 1,
      drops: 1,
      hoursConfirmed: 7.5,
      chargeCents: 18_750,
      chargesEarnedCents: 0,
      messagesSent: 3,
      messagesDelivered: 2,
      messagesFailed: 1,
      messagesSuppressed: 1,
      inboundReceived: 2,
      unknownSenders: 1,
    });
    // Thursday and Friday fall in one Monday-to-Sunday week.
    expect(res.body.weeks).toEqual([{ from: '2026-06-04', to: '2026-06-05', ...res.body.totals }]);
  });

  it('covers the last 7 days, today included, when no dates are given', async () => {
    const res = await summary('');
    expect(res.status).toBe(200);
    expect(res.body.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-05-31',
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
      '2026-06-04',
      '2026-06-05',
      '2026-06-06',
    ]);
    expect(res.body.totals.shiftsPosted).toBe(4);
  });

  it("counts only the caller's own organisation", async () => {
    const parks = await summary('?from=2026-06-04&to=2026-06-05', w.keys.parks.read_only);
    expect(parks.body.totals).toEqual({
      ...zeros,
      shiftsPosted: 1,
      places: 5,
      noShows: 1,
      messagesSent: 1,
      messagesDelivered: 1,
    });
    const harbour = await summary('?from=2026-06-04&to=2026-06-05', w.keys.harbour.read_only);
    expect(harbour.body.totals).toEqual(zeros);
  });

  it("counts a partner's worker's confirmed hours as a charge to the client and as earned by the provider", async () => {
    // Monday 1 June: Riverside's worker on a City Parks shift, under their partnership.
    const parksShift = await shift(w.parks, utc('01T13:00:00'), 1);
    await w.h.models.WorkRecord.create({
      dedupeKey: `r${next()}`,
      kind: 'hours_confirmed',
      shift: parksShift._id,
      minutes: 60,
      chargeCents: 2_500,
      provider: w.riverside._id,
      at: utc('01T18:00:00'),
    });
    const day = '?from=2026-06-01&to=2026-06-01';

    const [parks, riverside, harbour] = await Promise.all([
      summary(day, w.keys.parks.read_only),
      summary(day),
      summary(day, w.keys.harbour.read_only),
    ]);

    expect(parks.body.totals).toMatchObject({ chargeCents: 2_500, chargesEarnedCents: 0 });
    expect(riverside.body.totals).toMatchObject({ chargeCents: 0, chargesEarnedCents: 2_500 });
    expect(harbour.body.totals).toEqual(zeros);
  });

  it('refuses more than 92 days or a `to` before `from` with a 400 naming `to`', async () => {
    for (const query of ['?from=2026-01-01&to=2026-04-03', '?from=2026-06-05&to=2026-06-04']) {
      const res = await summary(query);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ path: 'to', message: expect.any(String) }]);
    }
    expect((await summary('?from=2026-01-01&to=2026-04-02')).status).toBe(200);
  });

  /**
   * Riverside's workers serve Parks (in force, 25.00 an hour) and Parks' workers served Riverside
   * until 05-21 12:00 UTC (ended). Harbour has only proposed to serve Riverside. On Wednesday 20
   * May: Rita (Riverside's) takes a place on a Parks shift beside Pam (Parks' own), and Paul (Parks')
   * does not show on a Riverside shift; Parks has another shift that only its own people were
   * offered. Paul holds a place on a Riverside shift after the partnership ended.
   */
  describe('under a partnership (`partner`)', () => {
    const MAY = '?from=2026-05-20&to=2026-05-21';
    const may = (text: string) => new Date(`2026-05-${text}Z`);
    const underPartnership = {
      ...zeros,
      shiftsPosted: 2,
      places: 4,
      placesFilled: 2,
      noShows: 1,
      hoursConfirmed: 4,
      chargeCents: 10_000,
      messagesSent: 1,
      messagesDelivered: 1,
      inboundReceived: 1,
    };

    async function offerAndHold(s: SeededShift, seat: number, person: Types.ObjectId) {
      await w.h.models.Offer.create({
        shift: s._id,
        person,
        code: `C${next()}`,
        rank: seat,
        expiresAt: may('19T12:00:00'),
        createdAt: may('19T10:00:00'),
      });
      await w.h.models.Assignment.create({
        shift: s._id,
        seat,
        person,
        supervisor: s.supervisor,
        createdAt: may('19T11:00:00'),
      });
    }

    beforeAll(async () => {
      const m = w.h.models;
      await m.Partnership.create({
        provider: w.parks._id,
        client: w.riverside._id,
        chargeCentsPerHour: 1500,
        endedAt: may('21T12:00:00'),
      });
      await m.Partnership.create({
        provider: w.harbour._id,
        client: w.riverside._id,
        chargeCentsPerHour: 900,
        pending: true,
      });
      const rita = await seedPerson(m, w.riverside, { name: 'Rita' });
      const pam = await seedPerson(m, w.parks, { name: 'Pam' });
      const paul = await seedPerson(m, w.parks, { name: 'Paul' });

      const parksShared = await shift(w.parks, may('20T14:00:00'), 3, 'filled');
      await offerAndHold(parksShared, 1, rita._id);
      await offerAndHold(parksShared, 2, pam._id);
      await record(parksShared, 'hours_confirmed', may('20T19:00:00'), {
        minutes: 240,
        chargeCents: 10_000,
        person: rita._id,
      });
      await record(parksShared, 'hours_confirmed', may('20T19:00:00'), {
        minutes: 240,
        chargeCents: 7_200,
        person: pam._id,
      });
      await record(parksShared, 'drop', may('20T13:00:00'), { person: pam._id });
      const parksOwn = await shift(w.parks, may('20T15:00:00'), 2);
      await offerAndHold(parksOwn, 1, pam._id);
      await record(parksOwn, 'no_show', may('20T16:00:00'), { person: pam._id });

      const riversideServed = await shift(w.riverside, may('20T16:00:00'), 1, 'filled');
      await offerAndHold(riversideServed, 1, paul._id);
      await record(riversideServed, 'no_show', may('20T16:30:00'), { person: paul._id });
      const afterTheEnd = await shift(w.riverside, may('21T16:00:00'), 1, 'filled');
      await offerAndHold(afterTheEnd, 1, paul._id);
      await record(afterTheEnd, 'hours_confirmed', may('21T21:00:00'), {
        minutes: 240,
        chargeCents: 6_000,
        person: paul._id,
      });

      const delivered = (at: string) => ({ sentAt: may(at), status: 'delivered' as const });
      await sent(w.parks, may('20T12:00:00'), delivered('20T12:00:01'), rita._id);
      await sent(w.parks, may('20T12:00:00'), delivered('20T12:00:01'), pam._id);
      await received(w.parks, may('20T12:30:00'), false, rita._id);
      await received(w.parks, may('20T12:30:00'), false, pam._id);
    });

    it("counts the work either way round under it, from Riverside's side", async () => {
      const res = await summary(`${MAY}&partner=${w.parks.id}`);

      expect(res.status).toBe(200);
      // Rita's hours on Parks' shift are what Riverside, her organisation, earns under it.
      const riversideSide = { ...underPartnership, chargesEarnedCents: 10_000 };
      expect(res.body.days).toEqual([
        { date: '2026-05-20', ...riversideSide },
        // Paul's shift on the 21st began after the partnership ended.
        { date: '2026-05-21', ...zeros },
      ]);
      expect(res.body.totals).toEqual(riversideSide);
    });

    it("counts the same work from Parks' side, and never Parks' own shifts served by its own people", async () => {
      const res = await summary(`${MAY}&partner=${w.riverside.id}`, w.keys.parks.read_only);

      expect(res.status).toBe(200);
      // Parks earned nothing under it that day: Paul, its worker, did not show.
      expect(res.body.totals).toEqual({ ...underPartnership, chargesEarnedCents: 0 });
      const own = await summary(MAY, w.keys.parks.read_only);
      // Without `partner`, Parks' own figures: both its shifts, Pam's drop, no-show and hours.
      expect(own.body.totals).toMatchObject({ shiftsPosted: 2, drops: 1, noShows: 1 });
    });

    it('answers an organisation with no partnership that is or was in force as an unknown id', async () => {
      const answer = async (partner: string, key = w.keys.riverside.read_only) => {
        const res = await summary(`${MAY}&partner=${partner}`, key);
        const { requestId: _requestId, ...body } = res.body;
        return { status: res.status, body };
      };
      const unknown = await answer('665f1c2ab3e4d5f6a7b8c9d9');

      expect(unknown).toEqual({
        status: 404,
        body: { code: 'not_found', message: expect.any(String), details: [] },
      });
      // Only proposed, unrelated, the caller itself, and a partner's partner.
      expect(await answer(w.harbour.id)).toEqual(unknown);
      expect(await answer(w.riverside.id)).toEqual(unknown);
      expect(await answer(w.parks.id, w.keys.harbour.read_only)).toEqual(unknown);
      expect(await answer(w.harbour.id, w.keys.parks.read_only)).toEqual(unknown);
    });

    it('refuses a partner that is not an id with a 400 naming it', async () => {
      const res = await summary(`${MAY}&partner=parks`);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(['partner']);
    });
  });

  it('refuses a date that is not YYYY-MM-DD with a 400 naming the field', async () => {
    const res = await summary('?from=June&to=2026-02-30');
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['from', 'to']);
  });
});
