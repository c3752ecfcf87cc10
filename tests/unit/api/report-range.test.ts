import {
  instantsOf,
  reportRange,
  type RangeResult,
} from '../../../src/http/api/v1/views/report-range';

const today = { year: 2026, month: 3, day: 10 };
const days = (result: RangeResult) =>
  result.ok ? { from: result.from, to: result.to } : { error: result.message };

describe('reportRange', () => {
  it('defaults to the last 7 days, today included', () => {
    expect(days(reportRange({}, today))).toEqual({
      from: { year: 2026, month: 3, day: 4 },
      to: today,
    });
  });

  it('takes 7 days from `from` or up to `to` when only one is given', () => {
    expect(days(reportRange({ from: '2026-02-26' }, today))).toEqual({
      from: { year: 2026, month: 2, day: 26 },
      to: { year: 2026, month: 3, day: 4 },
    });
    expect(days(reportRange({ to: '2026-01-03' }, today))).toEqual({
      from: { year: 2025, month: 12, day: 28 },
      to: { year: 2026, month: 1, day: 3 },
    });
  });

  it('accepts a single day and a range of exactly 92 days', () => {
    expect(reportRange({ from: '2026-03-01', to: '2026-03-01' }, today).ok).toBe(true);
    expect(reportRange({ from: '2026-01-01', to: '2026-04-02' }, today).ok).toBe(true);
  });

  it('refuses 93 days and a `to` before `from`, naming `to`', () => {
    expect(reportRange({ from: '2026-01-01', to: '2026-04-03' }, today)).toMatchObject({
      ok: false,
      path: 'to',
    });
    expect(reportRange({ from: '2026-03-02', to: '2026-03-01' }, today)).toMatchObject({
      ok: false,
      path: 'to',
    });
  });
});

describe('instantsOf', () => {
  it('runs from local midnight of the first day to local midnight after the last', () => {
    const range = { from: { year: 2026, month: 3, day: 7 }, to: { year: 2026, month: 3, day: 8 } };
    // Clocks go forward on 8 March 2026 in New York: EST midnight, then EDT midnight.
    expect(instantsOf(range, 'America/New_York')).toEqual({
      start: new Date('2026-03-07T05:00:00Z'),
      end: new Date('2026-03-09T04:00:00Z'),
    });
  });
});
