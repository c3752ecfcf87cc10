import { SteppingClock, systemClock } from '../../../src/engine/clock';

describe('SteppingClock', () => {
  it('stands still until set or advanced', () => {
    const clock = new SteppingClock(new Date('2026-01-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(7 * 24 * 3600_000);
    expect(clock.now().toISOString()).toBe('2026-01-08T00:00:00.000Z');
    clock.set(new Date('2026-03-01T12:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-01T12:00:00.000Z');
  });

  it('hands out copies, so callers cannot move it', () => {
    const clock = new SteppingClock(new Date('2026-01-01T00:00:00Z'));
    clock.now().setTime(0);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses to go backwards by advancing', () => {
    expect(() => new SteppingClock(new Date(0)).advance(-1)).toThrow(RangeError);
  });

  it('systemClock reads the real time', () => {
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
