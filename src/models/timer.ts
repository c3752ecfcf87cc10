import { Schema } from 'mongoose';
import type { FlowEvent } from '../engine/types';

/**
 * The MongoDB truth behind a BullMQ delayed job: the reconciler re-adds a job for every pending
 * timer after Redis lost its data, and the virtual clock fires the ones due. Inserted once and
 * never changed: a timer is pending until its TimerEnd (fired or cancelled) exists.
 */
export interface Timer {
  /** The timer id itself: found by _id, the one lookup every server indexes. */
  _id: string;
  timerId: string;
  entity: string;
  flow: string;
  event: FlowEvent;
  at: Date;
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
    createdAt: { type: Date, required: true },
  },
  { minimize: false },
);
timerSchema.index({ timerId: 1 }, { unique: true });
timerSchema.index({ at: 1, _id: 1 });
// A cancelled shift's timers, each entity's in time order (src/engine/runtime/shifts.ts).
timerSchema.index({ entity: 1, at: 1, _id: 1 });
