import { Schema, type InferSchemaType, type Types } from 'mongoose';

/** Lets `provider`'s workers serve `client`'s shifts, and what an hour of that work is charged. */
export const partnershipSchema = new Schema({
  provider: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  client: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  /** Limits the partnership to these client people; empty: every client of the organisation. */
  clientPeople: { type: [{ type: Schema.Types.ObjectId, ref: 'Person' }], default: [] },
  chargeCentsPerHour: { type: Number, required: true, min: 0 },
  /**
   * Proposed by the provider through the API and not yet accepted by the client's admin: shares
   * nothing and offers nobody until accepted. (Partnerships an operator or the seed writes are
   * in force at once.)
   */
  pending: { type: Boolean, default: false },
  /**
   * Made when the client accepted the provider's published terms: which version, and what of it
   * limits the shifts served, as they were then (a later version changes nothing here). Pending
   * only when the provider does not partner automatically: then the provider accepts it.
   */
  terms: {
    type: new Schema(
      {
        id: { type: Schema.Types.ObjectId, ref: 'PartnershipTerms', required: true },
        version: { type: Number, required: true },
        skills: { type: [String], default: [] },
        areas: { type: [String], default: [] },
        noticeHours: { type: Number, default: 0 },
      },
      { _id: false },
    ),
  },
  /** Ended by either side: kept (its charge priced the work done under it), in force no more. */
  endedAt: { type: Date },
});
partnershipSchema.index({ provider: 1, client: 1 }, { unique: true });
// Who may serve a client, and whom a provider serves, in force or pending.
partnershipSchema.index({ client: 1, pending: 1, endedAt: 1 });
partnershipSchema.index({ provider: 1, pending: 1, endedAt: 1 });
// Each side's list of its partnerships, paged by id.
partnershipSchema.index({ client: 1, _id: 1 });
partnershipSchema.index({ provider: 1, _id: 1 });

export type Partnership = InferSchemaType<typeof partnershipSchema> & { _id: Types.ObjectId };

/** The filter for partnerships in force: accepted (or never needing acceptance), not ended. */
export const IN_FORCE = { pending: { $ne: true }, endedAt: { $exists: false } } as const;
