import { firstBookableIn } from '../../../../src/domain/visit/booking-rules';
import { DEFAULT_VISIT_SETTINGS } from '../../../../src/domain/visit/types';

const NEW_YORK = 'America/New_York';
/** Fri 30 Oct 2026 10:00 EDT. */
const NY_FRIDAY = new Date('2026-10-30T14:00:00Z');
const WEEKDAYS_9_TO_5 = [{ weekdays: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' }];
const at = (iso: string) => new Date(iso);

describe('the first bookable start in a part of the day', () => {
  it('skips what the notice and the service hours rule out, and stops at the part’s end', () => {
    const input = {
      now: NY_FRIDAY,
      timeZone: NEW_YORK,
      settings: DEFAULT_VISIT_SETTINGS,
      hours: WEEKDAYS_9_TO_5,
      lengthMinutes: 60,
    };
    // Afternoon 1-5pm on Friday: 12pm is the earliest with 2 hours' notice, so 1pm.
    expect(
      firstBookableIn({
        ...input,
        from: at('2026-10-30T17:00:00Z'),
        until: at('2026-10-30T21:00:00Z'),
      }),
    ).toEqual(at('2026-10-30T17:00:00Z'));
    // Morning 9-12 on Friday: 12pm is the earliest, none left.
    expect(
      firstBookableIn({
        ...input,
        from: at('2026-10-30T13:00:00Z'),
        until: at('2026-10-30T16:00:00Z'),
      }),
    ).toBeUndefined();
  });
});
