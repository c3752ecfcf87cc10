import { Schema } from 'mongoose';

export const TIMER_ENDS = ['fired', 'cancelled'] as const;
export type TimerEndState = (typeof TIMER_ENDS)[number];

/**
 * How a timer ended, inserted once and never changed: the unique _id (the timer's id) lets one
 * of a firing and a cancellation win, and a timer fire once. A Timer with no TimerEnd is
 * pending. Inserting this fact instead of updating the Timer keeps firing a timer from rewriting
 * a document of a collection that grows with every timer ever set.
 */
export interface TimerEnd {
  _id: string;
  state: TimerEndState;
  at: Date;
}

export const timerEndSchema = new Schema(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: TIMER_ENDS, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'timer_ends' },
);
timerEndSchema.index({ at: 1 });
