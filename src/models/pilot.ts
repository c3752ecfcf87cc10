import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A named cohort with a badge, trialling a new service between two days ("six workers trained as
 * social prescribers"), measured day by day. The days are local dates in the organisation's zone.
 */
export const pilotSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    name: { type: String, required: true },
    badge: { type: String, required: true },
    cohort: { type: [Schema.Types.ObjectId], ref: 'Person', default: [] },
    /** First day, "2026-12-01". */
    from: { type: String, required: true },
    /** Last day, included. */
    to: { type: String, required: true },
    createdBy: {
      type: new Schema(
        {
          key: { type: Schema.Types.ObjectId, ref: 'ApiKey', required: true },
          name: { type: String, default: '' },
        },
        { _id: false },
      ),
      required: true,
    },
    createdAt: { type: Date, required: true },
  },
  { collection: 'pilots' },
);
// An organisation's pilots, newest first.
pilotSchema.index({ organisation: 1, createdAt: -1, _id: -1 });

export type Pilot = InferSchemaType<typeof pilotSchema> & { _id: Types.ObjectId };
