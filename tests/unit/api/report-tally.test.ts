import { tallyReport, type ReportFacts } from '../../../src/http/api/v1/views/report-tally';

const zone = 'America/New_York';
const range = { from: { year: 2026, month: 6, day: 5 }, to: { year: 2026, month: 6, day: 6 } };
const none: ReportFacts = { shifts: [], records: [], earned: [], outbound: [], inbound: [] };

describe('tallyReport', () => {
  it('counts each fact on its local day, a late-evening one on the evening’s day', () => {
    const facts: ReportFacts = {
      ...none,
      records: [
        // 23:50 on 5 June in New York is 03:50 UTC on the 6th.
        { kind: 'no_show', at: new Date('2026-06-06T03:50:00Z') },
        { kind: 'drop', at: new Date('2026-06-06T04:10:00Z') },
      ],
    };
    const report = tallyReport(facts, range, zone);
    expect(report.days.map((d) => [d.date, d.noShows, d.drops])).toEqual([
      ['2026-06-05', 1, 0],
      ['2026-06-06', 0, 1],
    ]);
  });

  it('counts places filled only on shifts not cancelled, and every shift as posted', () => {
    const start = new Date('2026-06-05T13:00:00Z');
    const facts: ReportFacts = {
      ...none,
      shifts: [
        { start, places: 3, filled: 2, cancelled: false },
        { start, places: 2, filled: 1, cancelled: true },
      ],
    };
    expect(tallyReport(facts, range, zone).totals).toMatchObject({
      shiftsPosted: 2,
      places: 5,
      placesFilled: 2,
      shiftsCancelled: 1,
    });
  });

  it('adds confirmed minutes as hours, the charge and the charges earned, and sorts texts by outcome', () => {
    const at = new Date('2026-06-06T15:00:00Z');
    const facts: ReportFacts = {
      records: [
        { kind: 'hours_confirmed', at, minutes: 240, chargeCents: 10_000 },
        { kind: 'hours_confirmed', at, minutes: 50, chargeCents: 2_083 },
        { kind: 'checked_in', at },
      ],
      earned: [{ at, chargeCents: 5_000 }],
      outbound: [
        { createdAt: at, sentAt: at, status: 'delivered' },
        { createdAt: at, sentAt: at, status: 'read' },
        { createdAt: at, sentAt: at, status: 'undelivered' },
        { createdAt: at, sentAt: at, status: 'failed' },
        { createdAt: at, sentAt: at, status: 'queued' },
        { createdAt: at, status: 'pending', suppressed: 'opted_out' },
      ],
      inbound: [{ receivedAt: at }, { receivedAt: at, unknownSender: true }],
      shifts: [],
    };
    expect(tallyReport(facts, range, zone).days[1]).toEqual({
      date: '2026-06-06',
      shiftsPosted: 0,
      places: 0,
      placesFilled: 0,
      shiftsCancelled: 0,
      noShows: 0,
      drops: 0,
      hoursConfirmed: 4.83,
      chargeCents: 12_083,
      chargesEarnedCents: 5_000,
      messagesSent: 5,
      messagesDelivered: 2,
      messagesFailed: 2,
      messagesSuppressed: 1,
      inboundReceived: 2,
      unknownSenders: 1,
    });
  });

  it('sums the days into totals and ignores facts outside the range', () => {
    const facts: ReportFacts = {
      ...none,
      inbound: [
        { receivedAt: new Date('2026-06-05T12:00:00Z') },
        { receivedAt: new Date('2026-06-06T12:00:00Z') },
        { receivedAt: new Date('2026-06-07T12:00:00Z') },
      ],
    };
    const report = tallyReport(facts, range, zone);
    expect(report).toMatchObject({ from: '2026-06-05', to: '2026-06-06', timeZone: zone });
    expect(report.totals.inboundReceived).toBe(2);
  });

  it('sums the days per week from Monday to Sunday, the first and last week cut to the range', () => {
    // Friday 5 June to Wednesday 17 June 2026; Mondays are the 8th and the 15th.
    const weeks = { from: range.from, to: { year: 2026, month: 6, day: 17 } };
    const noon = (day: number) => new Date(`2026-06-${String(day).padStart(2, '0')}T16:00:00Z`);
    const facts: ReportFacts = {
      ...none,
      records: [5, 7, 8, 14, 15, 17].map((day) => ({ kind: 'no_show', at: noon(day) })),
    };
    const report = tallyReport(facts, weeks, zone);
    expect(report.weeks.map((w) => [w.from, w.to, w.noShows])).toEqual([
      ['2026-06-05', '2026-06-07', 2],
      ['2026-06-08', '2026-06-14', 2],
      ['2026-06-15', '2026-06-17', 2],
    ]);
  });
});
