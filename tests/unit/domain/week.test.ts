import { startOfWeek } from '../../../src/domain/week';

describe('startOfWeek', () => {
  it('is Monday midnight in the zone, not in UTC', () => {
    // Monday 23 Nov 2026, 02:00 UTC is still Sunday 22 Nov in New York.
    expect(startOfWeek(new Date('2026-11-23T02:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-11-16T05:00:00.000Z',
    );
    expect(startOfWeek(new Date('2026-11-23T06:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-11-23T05:00:00.000Z',
    );
  });

  it('follows the zone offset across a DST change inside the week', () => {
    // Sunday 1 Nov 2026 the US leaves DST; the week began Monday 26 Oct at EDT (UTC-4).
    expect(startOfWeek(new Date('2026-11-01T12:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-10-26T04:00:00.000Z',
    );
  });
});
