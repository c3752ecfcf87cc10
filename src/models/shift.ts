import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { announceWrites } from './write-notices';

export const SHIFT_STATES = ['open', 'filled', 'cancelled', 'completed'] as const;

/**
 * Work to be done: where, when, what it needs and how many places. `state` is a cache for
 * queries; who holds a place is decided by Assignment's unique indexes, not by this field.
 */
export const shiftSchema = new Schema({
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  client: { type: Schema.Types.ObjectId, ref: 'Person' },
  supervisor: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
  coordinator: { type: Schema.Types.ObjectId, ref: 'Person' },
  place: { type: String, required: true },
  /**
   * The place in each language, where its words have translations (a broadcast's work type:
   * "trash pick, Riverside Park" / "recogida de basura, Riverside Park"); texts use the reader's.
   */
  placeIn: { en: String, es: String, fr: String },
  /** What offers show instead of `place`: a client's home visit shows the area, not the street. */
  area: { type: String },
  /** How to get in (a client's home): told to the booked worker with the place. */
  accessNotes: { type: String },
  start: { type: Date, required: true },
  end: { type: Date, required: true },
  requiredSkills: { type: [String], default: [] },
  requiredBadges: { type: [String], default: [] },
  places: { type: Number, required: true, min: 1 },
  urgent: { type: Boolean, default: false },
  /** Set when a guaranteed-work programme pays for it: offered to its participants at once. */
  programme: { type: Schema.Types.ObjectId, ref: 'Programme' },
  /** A client's visit: the catalogue service (its key) and the dialog that booked it. */
  service: { type: String },
  /** The service's name in each language: every text about the visit names it. */
  task: { type: new Schema({ en: String, es: String, fr: String }, { _id: false }) },
  visitRequest: { type: Schema.Types.ObjectId, ref: 'VisitRequest' },
  /** Offered first, as the client's liked worker: the one who held a visit before it moved. */
  preferredWorker: { type: Schema.Types.ObjectId, ref: 'Person' },
  state: { type: String, enum: SHIFT_STATES, default: 'open' },
  /**
   * When nobody was left to offer a place that is still missing (its coordinator was told);
   * unset once someone new is offered it. The board reads such a shift as unfilled.
   */
  unfilledAt: { type: Date },
  createdAt: { type: Date, required: true },
});
// The API's list, soonest first (_id breaks ties for stable pages), by itself and filtered by
// state, supervisor or client; state last for "not cancelled".
shiftSchema.index({ organisation: 1, start: 1, _id: 1, state: 1 });
shiftSchema.index({ organisation: 1, state: 1, start: 1, _id: 1 });
shiftSchema.index({ organisation: 1, supervisor: 1, start: 1, _id: 1 });
// Also a client's visits: coming (not over, not cancelled), the last one, and who came before.
shiftSchema.index({ organisation: 1, client: 1, start: 1, _id: 1, state: 1, end: 1 });
// The activity feed: shifts not long over.
shiftSchema.index({ organisation: 1, end: 1 });
shiftSchema.index({ programme: 1, state: 1 });
shiftSchema.index({ supervisor: 1, start: 1 });
shiftSchema.index({ client: 1, start: 1 });

// Shifts are cached in memory (src/directory): every write tells the caches.
announceWrites(shiftSchema, 'shift');

export type Shift = InferSchemaType<typeof shiftSchema> & { _id: Types.ObjectId };
