import {
  addDays,
  instantAt,
  offsetMs,
  parseClockTime,
  wallTime,
  weekday,
} from '../../../src/domain/zoned-time';

const at = (iso: string) => new Date(iso);
const local = (y: number, mo: number, d: number, h: number, mi = 0) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: 0,
});
const HOUR = 3600_000;

describe('zoned time', () => {
  describe('America/New_York', () => {
    const zone = 'America/New_York';

    it('shows 01:30 twice on the night clocks go back (2026-11-01)', () => {
      expect(wallTime(at('2026-11-01T05:30:00Z'), zone)).toEqual(local(2026, 11, 1, 1, 30));
      expect(wallTime(at('2026-11-01T06:30:00Z'), zone)).toEqual(local(2026, 11, 1, 1, 30));
      expect(offsetMs(at('2026-11-01T05:30:00Z'), zone)).toBe(-4 * HOUR);
      expect(offsetMs(at('2026-11-01T06:30:00Z'), zone)).toBe(-5 * HOUR);
    });

    it('reads a repeated wall time as the earlier instant', () => {
      expect(instantAt(local(2026, 11, 1, 1, 30), zone).toISOString()).toBe(
        '2026-11-01T05:30:00.000Z',
      );
    });

    it('reads the hours either side of the change with the right offset', () => {
      expect(instantAt(local(2026, 10, 31, 23), zone).toISOString()).toBe(
        '2026-11-01T03:00:00.000Z',
      );
      expect(instantAt(local(2026, 11, 1, 9), zone).toISOString()).toBe('2026-11-01T14:00:00.000Z');
    });

    it('moves a wall time skipped when clocks go forward (2026-03-08 02:30) to 03:30', () => {
      expect(instantAt(local(2026, 3, 8, 2, 30), zone).toISOString()).toBe(
        '2026-03-08T07:30:00.000Z',
      );
      expect(wallTime(at('2026-03-08T07:30:00Z'), zone)).toEqual(local(2026, 3, 8, 3, 30));
      expect(instantAt(local(2026, 3, 8, 9), zone).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    });
  });

  describe('Europe/Paris', () => {
    const zone = 'Europe/Paris';

    it('shows 02:30 twice on the night clocks go back (2026-10-25) and reads it as the earlier', () => {
      expect(wallTime(at('2026-10-25T00:30:00Z'), zone)).toEqual(local(2026, 10, 25, 2, 30));
      expect(wallTime(at('2026-10-25T01:30:00Z'), zone)).toEqual(local(2026, 10, 25, 2, 30));
      expect(instantAt(local(2026, 10, 25, 2, 30), zone).toISOString()).toBe(
        '2026-10-25T00:30:00.000Z',
      );
      expect(instantAt(local(2026, 10, 25, 8), zone).toISOString()).toBe(
        '2026-10-25T07:00:00.000Z',
      );
    });

    it('moves a wall time skipped when clocks go forward (2026-03-29 02:30) to 03:30', () => {
      expect(instantAt(local(2026, 3, 29, 2, 30), zone).toISOString()).toBe(
        '2026-03-29T01:30:00.000Z',
      );
      expect(instantAt(local(2026, 3, 29, 8), zone).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    });
  });

  it('round-trips every hour of a year in both zones', () => {
    for (const zone of ['America/New_York', 'Europe/Paris', 'Australia/Sydney']) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += HOUR) {
        const instant = new Date(t);
        const back = instantAt(wallTime(instant, zone), zone);
        // A repeated wall time comes back as its earlier instant, one hour before.
        expect([t, t - HOUR]).toContain(back.getTime());
      }
    }
  });

  it('does local calendar arithmetic', () => {
    expect(addDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({
      year: 2025,
      month: 12,
      day: 31,
    });
    expect(weekday({ year: 2026, month: 11, day: 1 })).toBe(0);
  });

  it('parses HH:MM clock times and refuses anything else', () => {
    expect(parseClockTime('21:00')).toBe(1260);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(() => parseClockTime('24:30')).toThrow(RangeError);
    expect(() => parseClockTime('9:00')).toThrow(RangeError);
  });
});
