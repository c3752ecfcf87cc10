import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A place on a shift held by a person. Taken by inserting: unique (shift, seat) gives a seat
 * to one person, unique (shift, person) gives a person one seat. Released by deleting the
 * document (after copying it to assignment_history), which frees the seat number for exactly
 * one replacement: the next insert of that (shift, seat) wins, the others get a duplicate key.
 * Its attendance and completion states are those flows' (entities `assignment:<id>:…`).
 */
export const assignmentSchema = new Schema({
  shift: { type: Schema.Types.ObjectId, ref: 'Shift', required: true },
  seat: { type: Number, required: true, min: 1 },
  person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
  offer: { type: Schema.Types.ObjectId, ref: 'Offer' },
  /** Copied from the shift, for "what is waiting for this supervisor". */
  supervisor: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
  /** The worker's offer code, for "which one?". */
  code: { type: String },
  createdAt: { type: Date, required: true },
});
assignmentSchema.index({ shift: 1, seat: 1 }, { unique: true });
assignmentSchema.index({ shift: 1, person: 1 }, { unique: true });
// A worker's places, and their recent ones (STATUS, "which one?").
assignmentSchema.index({ person: 1, createdAt: 1 });
assignmentSchema.index({ supervisor: 1, createdAt: -1 });

export type Assignment = InferSchemaType<typeof assignmentSchema> & { _id: Types.ObjectId };
