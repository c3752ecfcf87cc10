import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { transcriptLineSchema } from './transcript';

export const VISIT_REQUEST_STATES = [
  'open',
  'booked',
  'moved',
  'called_off',
  'handed_off',
  'expired',
  'dropped',
] as const;

/**
 * A client's dialog about a visit: asking for one, moving or calling one off. Its state lives
 * in the `visit:<id>` flow's change records; this document finds a client's open dialog
 * (`openFor` is unique while set: one open dialog per client, even when two texts race) and keeps
 * what the client wrote, for a coordinator.
 */
export const visitRequestSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    client: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    purpose: { type: String, enum: ['book', 'move', 'call_off'], required: true },
    /** The booked visit a move or a call-off is about. */
    shift: { type: Schema.Types.ObjectId, ref: 'Shift' },
    /** The client while the dialog is open; unset when it closes. */
    openFor: { type: Schema.Types.ObjectId, ref: 'Person' },
    state: { type: String, enum: VISIT_REQUEST_STATES, default: 'open' },
    transcript: { type: [transcriptLineSchema], default: [] },
    /** The shifts a booking or a move made. */
    shifts: { type: [{ type: Schema.Types.ObjectId, ref: 'Shift' }], default: [] },
    createdAt: { type: Date, required: true },
    closedAt: Date,
  },
  { collection: 'visit_requests' },
);
visitRequestSchema.index({ openFor: 1 }, { unique: true, sparse: true });
visitRequestSchema.index({ organisation: 1, createdAt: -1, _id: -1 });
// Filtered by state (the console's Requests page: open ones first).
visitRequestSchema.index({ organisation: 1, state: 1, createdAt: -1, _id: -1 });
visitRequestSchema.index({ client: 1, createdAt: -1 });

export type VisitRequest = InferSchemaType<typeof visitRequestSchema> & { _id: Types.ObjectId };
