import { sameTimeOtherDays, unfilledNoticeAt } from '../../../../src/domain/visit/booking-rules';
import { DEFAULT_VISIT_SETTINGS } from '../../../../src/domain/visit/types';

const NEW_YORK = 'America/New_York';
/** Fri 30 Oct 2026 10:00 EDT; US clocks go back on Sun 1 Nov. */
const NY_FRIDAY = new Date('2026-10-30T14:00:00Z');
const WEEKDAYS_9_TO_5 = [{ weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }];
const at = (iso: string) => new Date(iso);

describe('when a visit nobody has taken is told', () => {
  it('is the set hours before the visit', () => {
    expect(unfilledNoticeAt(at('2026-11-03T15:00:00Z'), NY_FRIDAY, 24)).toEqual(
      at('2026-11-02T15:00:00Z'),
    );
  });

  it('is half-way to the visit when it was booked with less notice than that', () => {
    expect(unfilledNoticeAt(at('2026-10-30T20:00:00Z'), NY_FRIDAY, 24)).toEqual(
      at('2026-10-30T17:00:00Z'),
    );
  });
});

describe('other times offered for a visit nobody has taken', () => {
  it('are the same wall-clock time on the next bookable days, across a change of clocks', () => {
    const others = sameTimeOtherDays({
      start: at('2026-10-30T14:00:00Z'),
      end: at('2026-10-30T16:00:00Z'),
      now: NY_FRIDAY,
      timeZone: NEW_YORK,
      settings: DEFAULT_VISIT_SETTINGS,
      hours: WEEKDAYS_9_TO_5,
    });
    // The weekend is closed; 10am EST after Sunday.
    expect(others.map((d) => d.toISOString())).toEqual([
      '2026-11-02T15:00:00.000Z',
      '2026-11-03T15:00:00.000Z',
      '2026-11-04T15:00:00.000Z',
    ]);
  });

  it('stop at the end of the booking window', () => {
    const others = sameTimeOtherDays({
      start: at('2026-11-01T15:00:00Z'),
      end: at('2026-11-01T16:00:00Z'),
      now: NY_FRIDAY,
      timeZone: NEW_YORK,
      settings: { ...DEFAULT_VISIT_SETTINGS, maxLeadDays: 3 },
    });
    expect(others.map((d) => d.toISOString())).toEqual(['2026-11-02T15:00:00.000Z']);
  });
});
