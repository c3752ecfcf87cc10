/** Where time comes from. Logic takes `now: Date`; only the edges hold a Clock. */
export interface Clock {
  now(): Date;
}

/** The real clock: the one place allowed to read the system time. */
export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock that can be set forward: the tests' stepping clock and the simulator's. */
export interface MovableClock extends Clock {
  set(instant: Date): void;
}

export const isMovable = (clock: Clock): clock is MovableClock =>
  typeof (clock as Partial<MovableClock>).set === 'function';

/** A clock that only moves when told to, for tests and the virtual clock. */
export class SteppingClock implements MovableClock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date): void {
    this.current = instant.getTime();
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance by ${ms} ms`);
    this.current += ms;
    return this.now();
  }
}

/**
 * Real time plus an offset that only grows: the dev simulator's clock, which runs on its own
 * and can be fast-forwarded so reminders and no-shows arrive in minutes.
 */
export class OffsetClock implements MovableClock {
  private offsetMs = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Moves to `instant`; never backwards, so nothing already fired fires again. */
  set(instant: Date): void {
    this.offsetMs = Math.max(this.offsetMs, instant.getTime() - this.base.now().getTime());
  }
}
