import { Schema, type InferSchemaType } from 'mongoose';

/**
 * Who one `offerNext` effect chose, keyed by the effect's dedupeKey: dispatching the effect
 * again offers the same people (each once) instead of planning afresh.
 */
export const offerBatchSchema = new Schema(
  {
    /** The offerNext effect's dedupeKey. */
    _id: { type: String, required: true },
    shift: { type: Schema.Types.ObjectId, ref: 'Shift', required: true },
    /** Best first, with the ranking's reasons, copied onto each Offer. */
    choices: {
      type: [
        new Schema(
          {
            person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
            rank: { type: Number, required: true },
            reasons: { type: [String], default: [] },
            /** When the offer is texted (held for quiet hours) and when it closes. */
            sendAt: { type: Date },
            expiresAt: { type: Date },
            /** The first on a programme's wait list, offered a place that opened. */
            fromWaitList: { type: Boolean },
            /** The candidate invitation this offer answers (POST /candidates/:id/invitations). */
            invitation: { type: Schema.Types.ObjectId, ref: 'CandidateInvitation' },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    urgent: { type: Boolean, default: false },
    /**
     * Nobody chosen, no offer open and places still missing: how many, and how many people had
     * been offered the shift by then (together, what tells one such moment from the next).
     */
    unfilled: {
      type: new Schema(
        { places: { type: Number, required: true }, offered: { type: Number, required: true } },
        { _id: false },
      ),
    },
    expiresAt: { type: Date, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'offer_batches' },
);
// A shift's rounds of offers (its page: which round each offer came in, and after what).
offerBatchSchema.index({ shift: 1, at: 1 });

export type OfferBatch = InferSchemaType<typeof offerBatchSchema>;
