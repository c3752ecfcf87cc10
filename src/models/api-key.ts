import { Schema, type InferSchemaType, type Types } from 'mongoose';

/** The roles an organisation gives its own keys through the admin API. */
export const ORGANISATION_ROLES = ['admin', 'coordinator', 'read_only'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
/**
 * Above them, the platform's operator (the queue dashboard, the simulator's shared clock). An
 * operator key is made only by `npm run admin`; it belongs to an organisation, as every key
 * does, and is that organisation's admin too, but the organisation's API never lists,
 * makes or revokes it.
 */
export const API_ROLES = [...ORGANISATION_ROLES, 'operator'] as const;
export type ApiRole = (typeof API_ROLES)[number];

/**
 * A key an organisation's staff or systems use to call the admin API. Only a hash of the key is
 * kept; the prefix (unique, shown in lists) finds the document without scanning hashes.
 */
export const apiKeySchema = new Schema({
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  role: { type: String, enum: API_ROLES, required: true },
  /** What the key is for, e.g. "Cora's console" or "payroll export". */
  name: { type: String, required: true },
  prefix: { type: String, required: true },
  /** sha256 of the whole key, hex. Keys are 192 random bits, so a slow hash adds nothing. */
  hash: { type: String, required: true },
  createdAt: { type: Date, required: true },
  revokedAt: { type: Date },
  /** Set on dev mode's sign-in keys: valid only while no newer DevKey generation exists. */
  devGeneration: { type: Number },
});
apiKeySchema.index({ prefix: 1 }, { unique: true });
// An organisation's keys of its own roles (not the operator's), newest first.
apiKeySchema.index({ organisation: 1, role: 1, createdAt: -1, _id: -1 });

export type ApiKey = InferSchemaType<typeof apiKeySchema> & { _id: Types.ObjectId };
