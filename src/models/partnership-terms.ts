import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * One version of an organisation's standing terms as a provider: what an hour of its workers'
 * work is charged, which work, where, with how much notice. Each publication is a new version
 * (unique organisation + version); a version is never changed, only closed when the next is
 * published or the terms are withdrawn. A partnership records the version it was made under.
 */
export const partnershipTermsSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    version: { type: Number, required: true, min: 1 },
    chargeCentsPerHour: { type: Number, required: true, min: 0 },
    skills: { type: [String], default: [] },
    areas: { type: [String], default: [] },
    noticeHours: { type: Number, default: 0, min: 0 },
    /** Any organisation that accepts these terms is partnered at once, without asking. */
    autoPartner: { type: Boolean, default: false },
    /** The organisation's current terms, open to accept; false once replaced or withdrawn. */
    published: { type: Boolean, required: true },
    publishedAt: { type: Date, required: true },
    closedAt: { type: Date },
  },
  { collection: 'partnership_terms' },
);
// The organisation's latest version (and the unique claim of the next one).
partnershipTermsSchema.index({ organisation: 1, version: 1 }, { unique: true });
// Every organisation's published terms, paged by id.
partnershipTermsSchema.index({ published: 1, _id: 1 });

export type PartnershipTerms = InferSchemaType<typeof partnershipTermsSchema> & {
  _id: Types.ObjectId;
};
