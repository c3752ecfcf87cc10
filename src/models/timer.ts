import { Schema } from 'mongoose';
import type { FlowEvent } from '../engine/types';

export const TIMER_STATES = ['pending', 'fired', 'cancelled'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

/**
 * The MongoDB truth behind a BullMQ delayed job: the reconciler re-adds a job for every pending
 * timer after Redis lost its data, and the virtual clock fires the ones due.
 */
export interface Timer {
  /** The timer id itself: found by _id, the one lookup every server indexes. */
  _id: string;
  timerId: string;
  entity: string;
  flow: string;
  event: FlowEvent;
  at: Date;
  state: TimerState;
  /** What the entity made of it: 'handled' or the reason it was not. */
  outcome?: string;
  firedAt?: Date;
  createdAt: Date;
}

export const timerSchema = new Schema(
  {
    _id: { type: String, required: true },
    timerId: { type: String, required: true },
    entity: { type: String, required: true },
    flow: { type: String, required: true },
    event: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
    state: { type: String, enum: TIMER_STATES, default: 'pending' },
    outcome: { type: String },
    firedAt: { type: Date },
    createdAt: { type: Date, required: true },
  },
  { minimize: false },
);
timerSchema.index({ timerId: 1 }, { unique: true });
timerSchema.index({ state: 1, at: 1 });
timerSchema.index({ entity: 1, state: 1 });
