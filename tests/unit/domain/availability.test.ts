import { isAvailable } from '../../../src/domain/availability';

const zone = 'America/New_York';
const span = (start: string, end: string) => [new Date(start), new Date(end)] as const;

describe('isAvailable', () => {
  it('accepts a shift inside one weekly window, read in local time', () => {
    // Saturday 6 June 2026 09:00–13:00 EDT.
    const [s, e] = span('2026-06-06T13:00:00Z', '2026-06-06T17:00:00Z');
    expect(isAvailable([{ weekday: 6, start: '09:00', end: '13:00' }], zone, s, e)).toBe(true);
    expect(isAvailable([{ weekday: 6, start: '09:30', end: '13:00' }], zone, s, e)).toBe(false);
    expect(isAvailable([{ weekday: 0, start: '09:00', end: '13:00' }], zone, s, e)).toBe(false);
  });

  it('joins adjacent windows, across midnight too', () => {
    // Friday 5 June 22:00 → Saturday 02:00 EDT.
    const [s, e] = span('2026-06-06T02:00:00Z', '2026-06-06T06:00:00Z');
    const windows = [
      { weekday: 5, start: '18:00', end: '24:00' },
      { weekday: 6, start: '00:00', end: '06:00' },
    ];
    expect(isAvailable(windows, zone, s, e)).toBe(true);
    expect(isAvailable(windows.slice(0, 1), zone, s, e)).toBe(false);
  });

  it('reads a shift on the night clocks go back by its wall times', () => {
    // Sunday 1 Nov 2026 00:00–03:00 EST/EDT wall time (4 real hours).
    const [s, e] = span('2026-11-01T04:00:00Z', '2026-11-01T08:00:00Z');
    expect(isAvailable([{ weekday: 0, start: '00:00', end: '03:00' }], zone, s, e)).toBe(true);
  });

  it('treats no windows as never and "anytime" as always', () => {
    const [s, e] = span('2026-06-06T13:00:00Z', '2026-06-06T17:00:00Z');
    expect(isAvailable([], zone, s, e)).toBe(false);
    expect(isAvailable('anytime', zone, s, e)).toBe(true);
  });
});
