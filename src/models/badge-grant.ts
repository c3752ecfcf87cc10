import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A badge given to or taken from a person by an organisation: who did it (the API key and its
 * name then), when and why. Written once, never changed; the person's badges (Person.badges, or
 * the organisation's record of them) hold the current set the ranking reads.
 */
export const badgeGrantSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    badge: { type: String, required: true },
    change: { type: String, enum: ['granted', 'withdrawn'], required: true },
    reason: { type: String, required: true },
    by: {
      type: new Schema(
        {
          key: { type: Schema.Types.ObjectId, ref: 'ApiKey', required: true },
          name: { type: String, default: '' },
        },
        { _id: false },
      ),
      required: true,
    },
    at: { type: Date, required: true },
  },
  { collection: 'badge_grants' },
);
// A person's badge history in one organisation, newest first.
badgeGrantSchema.index({ organisation: 1, person: 1, at: -1, _id: -1 });

export type BadgeGrant = InferSchemaType<typeof badgeGrantSchema> & { _id: Types.ObjectId };
