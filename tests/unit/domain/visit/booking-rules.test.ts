import fc from 'fast-check';
import { checkVisitTime, type VisitTimeInput } from '../../../../src/domain/visit/booking-rules';
import {
  DEFAULT_VISIT_SETTINGS,
  type BookingCheck,
  type BusinessHours,
} from '../../../../src/domain/visit/types';

const NEW_YORK = 'America/New_York';
const PARIS = 'Europe/Paris';
/** Fri 30 Oct 2026 10:00 EDT; US clocks go back on Sun 1 Nov. */
const NY_FRIDAY = new Date('2026-10-30T14:00:00Z');
const WEEKDAYS_9_TO_5: BusinessHours[] = [
  { weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' },
];

function check(start: string, minutes: number, more: Partial<VisitTimeInput> = {}): BookingCheck {
  const at = new Date(start);
  return checkVisitTime({
    start: at,
    end: new Date(at.getTime() + minutes * 60_000),
    now: NY_FRIDAY,
    timeZone: NEW_YORK,
    settings: DEFAULT_VISIT_SETTINGS,
    ...more,
  });
}

function refused(result: BookingCheck): { reason: string; alternatives: string[] } {
  if (result.ok) throw new Error('expected a refusal');
  return { reason: result.reason, alternatives: result.alternatives.map((d) => d.toISOString()) };
}

const iso = (...instants: string[]) => instants.map((s) => new Date(s).toISOString());

describe('checkVisitTime: bookable times', () => {
  it('books a time inside the lead window and the business hours', () => {
    expect(check('2026-11-03T15:00:00Z', 120, { hours: WEEKDAYS_9_TO_5 })).toStrictEqual({
      ok: true,
    });
  });

  it('books exactly at now + the minimum lead, and exactly at the far limit', () => {
    expect(check('2026-10-30T16:00:00Z', 60)).toStrictEqual({ ok: true });
    // now + 60 days on the wall clock: Tue 29 Dec 10:00 EST (15:00Z), not 14:00Z.
    expect(check('2026-12-29T15:00:00Z', 60)).toStrictEqual({ ok: true });
  });

  it('treats absent or empty hours as always open (Sunday 23:00)', () => {
    expect(check('2026-11-02T04:00:00Z', 60)).toStrictEqual({ ok: true });
    expect(check('2026-11-02T04:00:00Z', 60, { hours: [] })).toStrictEqual({ ok: true });
  });

  it('refuses a visit that does not end after it starts', () => {
    expect(() => check('2026-11-03T15:00:00Z', 0)).toThrow(RangeError);
  });
});

describe('checkVisitTime: refusals and their alternatives', () => {
  it("refuses a start in the past, offering today's first bookable times (now + 2 h on)", () => {
    expect(refused(check('2026-10-30T13:00:00Z', 60))).toStrictEqual({
      reason: 'past',
      alternatives: iso('2026-10-30T16:00Z', '2026-10-30T16:30Z', '2026-10-30T17:00Z'),
    });
  });

  it('refuses a start at exactly now as past', () => {
    expect(refused(check('2026-10-30T14:00:00Z', 60)).reason).toBe('past');
  });

  it('refuses a start within the minimum lead as too soon, offering the nearest after it', () => {
    expect(refused(check('2026-10-30T15:00:00Z', 60))).toStrictEqual({
      reason: 'too_soon',
      alternatives: iso('2026-10-30T16:00Z', '2026-10-30T16:30Z', '2026-10-30T17:00Z'),
    });
  });

  it('refuses a start beyond the far limit, offering the last bookable times before it', () => {
    // Asked Wed 30 Dec 10:00 EST; the limit is Tue 29 Dec 10:00 EST.
    expect(refused(check('2026-12-30T15:00:00Z', 60))).toStrictEqual({
      reason: 'too_far',
      alternatives: iso('2026-12-29T14:00Z', '2026-12-29T14:30Z', '2026-12-29T15:00Z'),
    });
  });

  it('refuses Sunday for a service closed on Sunday, offering Monday morning', () => {
    expect(refused(check('2026-11-01T15:00:00Z', 60, { hours: WEEKDAYS_9_TO_5 }))).toStrictEqual({
      reason: 'closed',
      alternatives: iso('2026-11-02T14:00Z', '2026-11-02T14:30Z', '2026-11-02T15:00Z'),
    });
  });

  it('refuses a visit crossing closing time, offering the latest starts that end by closing', () => {
    // Tue 3 Nov 16:00-18:00 EST; closes at 17:00.
    expect(refused(check('2026-11-03T21:00:00Z', 120, { hours: WEEKDAYS_9_TO_5 }))).toStrictEqual({
      reason: 'closed',
      alternatives: iso('2026-11-03T19:00Z', '2026-11-03T19:30Z', '2026-11-03T20:00Z'),
    });
  });

  it('refuses a visit before opening, offering the earliest starts that day', () => {
    // Tue 3 Nov 07:00 EST; opens at 09:00.
    expect(refused(check('2026-11-03T12:00:00Z', 60, { hours: WEEKDAYS_9_TO_5 }))).toStrictEqual({
      reason: 'closed',
      alternatives: iso('2026-11-03T14:00Z', '2026-11-03T14:30Z', '2026-11-03T15:00Z'),
    });
  });

  it('reads a split day as two windows: a visit across the lunch break is closed', () => {
    const hours: BusinessHours[] = [
      { weekdays: [2], opens: '09:00', closes: '12:00' },
      { weekdays: [2], opens: '13:00', closes: '17:00' },
    ];
    // Tue 3 Nov 11:30-12:30 EST.
    expect(refused(check('2026-11-03T16:30:00Z', 60, { hours }))).toStrictEqual({
      reason: 'closed',
      // 11:00 (30 min away), 10:30 (60), then 10:00 before 13:00 (both 90): the earlier wins a tie.
      alternatives: iso('2026-11-03T15:00Z', '2026-11-03T15:30Z', '2026-11-03T16:00Z'),
    });
  });

  it('offers the following days when the asked day has too few bookable times', () => {
    // Open Mondays and Fridays 16:00-17:00; asked Fri 30 Oct 18:00 EDT: two half-hours left that day.
    const hours: BusinessHours[] = [{ weekdays: [1, 5], opens: '16:00', closes: '17:00' }];
    expect(refused(check('2026-10-30T22:00:00Z', 30, { hours }))).toStrictEqual({
      reason: 'closed',
      // Fri 16:00 and 16:30 EDT, then Mon 2 Nov 16:00 EST.
      alternatives: iso('2026-10-30T20:00Z', '2026-10-30T20:30Z', '2026-11-02T21:00Z'),
    });
  });

  it('offers nothing when no time within the lead window is open', () => {
    const hours: BusinessHours[] = [{ weekdays: [], opens: '09:00', closes: '17:00' }];
    expect(refused(check('2026-11-03T15:00:00Z', 60, { hours }))).toStrictEqual({
      reason: 'closed',
      alternatives: [],
    });
  });
});

describe('checkVisitTime: changes of clocks', () => {
  it('offers the second 01:00 of the night New York clocks go back (Sun 1 Nov 2026)', () => {
    // Now Sun 1 Nov 00:00 EDT (04:00Z); asked 01:00 EDT (05:00Z) is too soon; now + 2 h is
    // 06:00Z, which is 01:00 EST: the same wall-clock time, the second time round.
    const now = new Date('2026-11-01T04:00:00Z');
    expect(refused(check('2026-11-01T05:00:00Z', 60, { now }))).toStrictEqual({
      reason: 'too_soon',
      alternatives: iso('2026-11-01T06:00Z', '2026-11-01T06:30Z', '2026-11-01T07:00Z'),
    });
  });

  it("opens at 08:00 on the Paris clock on the day it goes back (Sun 25 Oct 2026), on that day's offset", () => {
    // Now Sat 24 Oct 12:00 CEST; asked Sun 25 Oct 07:00 CET (06:00Z); opens 08:00 CET = 07:00Z.
    const hours: BusinessHours[] = [
      { weekdays: [0, 1, 2, 3, 4, 5, 6], opens: '08:00', closes: '18:00' },
    ];
    const more = { now: new Date('2026-10-24T10:00:00Z'), timeZone: PARIS, hours };
    expect(refused(check('2026-10-25T06:00:00Z', 60, more))).toStrictEqual({
      reason: 'closed',
      alternatives: iso('2026-10-25T07:00Z', '2026-10-25T07:30Z', '2026-10-25T08:00Z'),
    });
    // A visit ending at 18:00 CET (17:00Z) fits; one ending at 18:00 CEST's instant would be 16:00Z.
    expect(check('2026-10-25T16:00:00Z', 60, more)).toStrictEqual({ ok: true });
    expect(refused(check('2026-10-25T16:30:00Z', 60, more)).reason).toBe('closed');
  });

  it('skips the hour that does not exist when New York clocks go forward (Sun 14 Mar 2027)', () => {
    // Now Sat 13 Mar 23:00 EST (14 Mar 04:00Z); asked Sun 00:30 EST is too soon; 02:00-03:00 never
    // happens, so after 01:30 EST (06:30Z) the grid goes on at 03:00 EDT (07:00Z).
    const now = new Date('2027-03-14T04:00:00Z');
    expect(refused(check('2027-03-14T05:30:00Z', 30, { now }))).toStrictEqual({
      reason: 'too_soon',
      alternatives: iso('2027-03-14T06:00Z', '2027-03-14T06:30Z', '2027-03-14T07:00Z'),
    });
  });
});

describe('checkVisitTime: every alternative is bookable', () => {
  it('offers at most 3, earliest first, each accepted when asked for, of any refused time', () => {
    const zones = fc.constantFrom(NEW_YORK, PARIS, 'America/Los_Angeles');
    const hours = fc.constantFrom<BusinessHours[] | undefined>(undefined, WEEKDAYS_9_TO_5, [
      { weekdays: [0, 6], opens: '10:00', closes: '14:00' },
    ]);
    const offsetMinutes = fc.integer({ min: -3 * 24 * 60, max: 70 * 24 * 60 });
    const length = fc.constantFrom(30, 60, 90, 120, 180);
    fc.assert(
      fc.property(zones, hours, offsetMinutes, length, (timeZone, h, offset, minutes) => {
        const start = new Date(NY_FRIDAY.getTime() + offset * 60_000).toISOString();
        const result = check(start, minutes, { timeZone, ...(h ? { hours: h } : {}) });
        if (result.ok) return;
        expect(result.alternatives.length).toBeLessThanOrEqual(3);
        const times = result.alternatives.map((d) => d.getTime());
        expect([...times].sort((a, b) => a - b)).toStrictEqual(times);
        for (const alternative of result.alternatives) {
          expect(
            check(alternative.toISOString(), minutes, { timeZone, ...(h ? { hours: h } : {}) }),
          ).toStrictEqual({ ok: true });
        }
      }),
      { numRuns: 200 },
    );
  });
});
