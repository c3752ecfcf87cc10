import { z } from 'zod';
import { isMovable, systemClock, type Clock, type MovableClock } from '../../engine/clock';
import { advanceClock, nextTimerAt } from '../../jobs/advance-clock';
import type { Runtime } from '../../runtime';
import { HttpError } from '../errors';

const MINUTE_MS = 60_000;
const MAX_ADVANCE_MINUTES = 7 * 24 * 60;
const MAX_ADVANCE_MS = MAX_ADVANCE_MINUTES * MINUTE_MS;

export const clockMove = z
  .strictObject({
    advanceMinutes: z.int().min(1).max(MAX_ADVANCE_MINUTES).optional(),
    toNextTimer: z.literal(true).optional(),
  })
  .refine((move) => (move.advanceMinutes === undefined) !== (move.toNextTimer === undefined), {
    error: 'give either advanceMinutes or toNextTimer: true',
    path: ['advanceMinutes'],
  });

export type ClockMove = z.infer<typeof clockMove>;

/** Said with every answer: moving the clock moves every organisation's time. */
const SHARED = { sharedByAllOrganisations: true } as const;

/** A move under way: where it goes, and how many timers it has fired so far. */
interface Move {
  to: Date;
  fired: number;
}

/** One move at a time per clock: two overlapping jumps would fire the same timers twice over. */
const moving = new WeakMap<Clock, Promise<unknown>>();
const moves = new WeakMap<Clock, Move>();

/**
 * The runtime's time, how far it is ahead of real time, when the next timer fires, and the move
 * under way, if any (a day's move fires dozens of timers: the console shows how far it got).
 */
export async function clockStatus(runtime: Runtime) {
  const now = runtime.clock.now();
  const next = await nextTimerAt(runtime);
  const move = moves.get(runtime.clock);
  return {
    ...SHARED,
    now: now.toISOString(),
    offsetMinutes: Math.round((now.getTime() - systemClock.now().getTime()) / MINUTE_MS),
    nextTimerAt: next ? next.toISOString() : null,
    moving: move ? { to: move.to.toISOString(), fired: move.fired } : null,
  };
}

/**
 * Moves the runtime's clock forward, firing each timer due on the way at its own instant; at
 * most 7 days per call. 409 when the clock is the real one (only `npm run dev` starts a movable one).
 */
export function moveClock(
  runtime: Runtime,
  move: ClockMove,
): Promise<{ sharedByAllOrganisations: true; now: string; fired: number }> {
  const { clock } = runtime;
  if (!isMovable(clock)) throw new HttpError(409, 'the clock can only be moved in dev mode');
  const run = (moving.get(clock) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => advance(runtime, clock, move));
  moving.set(clock, run);
  return run;
}

async function advance(runtime: Runtime, clock: MovableClock, move: ClockMove) {
  const ms = await distanceOf(runtime, clock, move);
  if (ms === null) return { ...SHARED, now: clock.now().toISOString(), fired: 0 };
  const underWay: Move = { to: new Date(clock.now().getTime() + ms), fired: 0 };
  moves.set(clock, underWay);
  try {
    const { now, fired } = await advanceClock(runtime, clock, ms, {
      onProgress: (progress) => (underWay.fired = progress.fired),
    });
    return { ...SHARED, now: now.toISOString(), fired };
  } finally {
    moves.delete(clock);
  }
}

/** How far to move, in ms; null when asked for the next timer and none is pending. */
async function distanceOf(
  runtime: Runtime,
  clock: MovableClock,
  move: ClockMove,
): Promise<number | null> {
  if (move.advanceMinutes !== undefined) return move.advanceMinutes * MINUTE_MS;
  const next = await nextTimerAt(runtime);
  if (!next) return null;
  // A timer already due (its job not yet run) fires with a move of 0.
  return Math.min(Math.max(0, next.getTime() - clock.now().getTime()), MAX_ADVANCE_MS);
}
