import { weeklyOccurrences } from '../../../src/domain/weekly-series';

const iso = (occurrences: { start: Date; end: Date }[]) =>
  occurrences.map((o) => [o.start.toISOString(), o.end.toISOString()]);

describe('a weekly series', () => {
  it('keeps the local times across the night clocks go back (New York, 2027-11-07)', () => {
    const first = {
      start: new Date('2027-10-25T13:00:00Z'), // Monday 09:00 EDT
      end: new Date('2027-10-25T17:00:00Z'), // 13:00 EDT
    };

    expect(iso(weeklyOccurrences(first, 3, 'America/New_York'))).toEqual([
      ['2027-10-25T13:00:00.000Z', '2027-10-25T17:00:00.000Z'],
      ['2027-11-01T13:00:00.000Z', '2027-11-01T17:00:00.000Z'],
      // 09:00 EST is an hour later in UTC.
      ['2027-11-08T14:00:00.000Z', '2027-11-08T18:00:00.000Z'],
    ]);
  });

  it('keeps the local times across the night clocks go forward (New York, 2027-03-14)', () => {
    const first = {
      start: new Date('2027-03-08T14:00:00Z'), // Monday 09:00 EST
      end: new Date('2027-03-08T15:30:00Z'),
    };

    expect(iso(weeklyOccurrences(first, 2, 'America/New_York'))[1]).toEqual([
      '2027-03-15T13:00:00.000Z',
      '2027-03-15T14:30:00.000Z',
    ]);
  });

  it('is one occurrence per week, the first being the one given', () => {
    const first = {
      start: new Date('2027-01-04T09:00:00Z'),
      end: new Date('2027-01-04T10:00:00Z'),
    };

    const all = weeklyOccurrences(first, 12, 'UTC');

    expect(all).toHaveLength(12);
    expect(all[0]).toEqual(first);
    expect(all[11]!.start.toISOString()).toBe('2027-03-22T09:00:00.000Z');
  });
});
