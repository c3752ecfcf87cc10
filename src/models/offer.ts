import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * One shift offered to one person (once: unique shift + person). The code is what the person
 * quotes when several prompts are open ("YES K7P"); unique per person over all their offers.
 * Its state is the offer flow's (entity `offer:<id>`): the latest change record, not a field
 * here, so there is no second copy to keep in step.
 */
export const offerSchema = new Schema({
  shift: { type: Schema.Types.ObjectId, ref: 'Shift', required: true },
  person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
  code: { type: String, required: true },
  rank: { type: Number, required: true },
  reasons: { type: [String], default: [] },
  urgent: { type: Boolean, default: false },
  /** When it is texted: later than createdAt when held for the recipient's quiet hours. */
  sendAt: { type: Date },
  /** Counted from sendAt. */
  expiresAt: { type: Date, required: true },
  createdAt: { type: Date, required: true },
});
offerSchema.index({ shift: 1, person: 1 }, { unique: true });
offerSchema.index({ person: 1, code: 1 }, { unique: true });
offerSchema.index({ person: 1, expiresAt: 1 });
// A person's recent offers, oldest first ("which one?", STATUS).
offerSchema.index({ person: 1, createdAt: 1, expiresAt: 1 });

export type Offer = InferSchemaType<typeof offerSchema> & { _id: Types.ObjectId };
