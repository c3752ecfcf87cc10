import { Schema, type InferSchemaType } from 'mongoose';

/**
 * A change record whose effects may not have run yet: inserted before the record, deleted once
 * the dispatcher ran them. What is left here after a crash is dispatched again by the
 * reconciler; every effect is keyed, so running one twice repeats nothing anyone sees. The
 * collection holds only changes in flight, so it stays small. Each attempt to record a change
 * inserts its own, so one that loses the race for the version removes only its own.
 */
export const pendingDispatchSchema = new Schema(
  {
    /** The change record's _id (entity@version). */
    change: { type: String, required: true },
    entity: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'pending_dispatches' },
);
pendingDispatchSchema.index({ change: 1 });
pendingDispatchSchema.index({ at: 1 });

export type PendingDispatch = InferSchemaType<typeof pendingDispatchSchema>;
