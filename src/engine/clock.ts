/** Where time comes from. Logic takes `now: Date`; only the edges hold a Clock. */
export interface Clock {
  now(): Date;
}

/** The real clock: the one place allowed to read the system time. */
export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock that only moves when told to, for tests and the virtual clock. */
export class SteppingClock implements Clock {
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
