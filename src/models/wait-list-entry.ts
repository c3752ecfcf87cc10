import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * Someone who said YES to a programme shift after its last place went: offered, in the order
 * they joined, any place that opens. Once per person and shift (unique).
 */
export const waitListEntrySchema = new Schema(
  {
    shift: { type: Schema.Types.ObjectId, ref: 'Shift', required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    at: { type: Date, required: true },
    offeredAt: { type: Date },
  },
  { collection: 'wait_list_entries' },
);
waitListEntrySchema.index({ shift: 1, person: 1 }, { unique: true });
// Who is next: not yet offered a place, in the order they joined.
waitListEntrySchema.index({ shift: 1, at: 1, _id: 1, offeredAt: 1 });
// A person's places (STATUS).
waitListEntrySchema.index({ person: 1, offeredAt: 1 });

export type WaitListEntry = InferSchemaType<typeof waitListEntrySchema> & { _id: Types.ObjectId };
