import { Schema, type InferSchemaType, type Types } from 'mongoose';

/** A released Assignment, copied here before it is deleted; `assignment` keeps its old _id. */
export const assignmentHistorySchema = new Schema(
  {
    assignment: { type: Schema.Types.ObjectId, required: true },
    shift: { type: Schema.Types.ObjectId, ref: 'Shift', required: true },
    seat: { type: Number, required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    takenAt: { type: Date, required: true },
    releasedAt: { type: Date, required: true },
    /** The change record whose releaseSeat effect freed it. */
    releasedBy: { type: String, required: true },
  },
  { collection: 'assignment_history' },
);
assignmentHistorySchema.index({ assignment: 1 }, { unique: true });
assignmentHistorySchema.index({ shift: 1 });

export type AssignmentHistory = InferSchemaType<typeof assignmentHistorySchema> & {
  _id: Types.ObjectId;
};
