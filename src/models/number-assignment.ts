import { Schema, type InferSchemaType } from 'mongoose';

/**
 * Which organisation a phone number belongs to: one document per number, claimed by a single
 * insert, so the unique index on `number` is what makes a number belong to exactly one
 * organisation. A unique index on Organisation.smsNumbers could not: FerretDB 1.24 compares
 * whole arrays in a unique index (it took ["+1…6", "+1…7"] and ["+1…7"] in two documents), and
 * MongoDB and FerretDB alike refuse a second organisation with no numbers (both index [] as one
 * key). The organisation's smsNumbers / whatsappNumbers are written only after the claim.
 */
export const numberAssignmentSchema = new Schema({
  /** E.164, the same for the number's SMS and WhatsApp use. */
  number: { type: String, required: true },
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  assignedAt: { type: Date, required: true },
});
numberAssignmentSchema.index({ number: 1 }, { unique: true });
numberAssignmentSchema.index({ organisation: 1 });

export type NumberAssignment = InferSchemaType<typeof numberAssignmentSchema>;
