import { Schema, type InferSchemaType, type Types } from 'mongoose';

/** How many times an organisation may invite one person in a day (its local day). */
export const INVITATIONS_PER_DAY = 3;

/**
 * An organisation inviting a person it found in the candidate search (POST
 * /candidates/:personId/invitations): to a shift of its own (then an Offer carries the answer),
 * or to talk (then this carries it). Each one takes one of the day's numbered slots, so the
 * unique index, not a count read first, keeps a person from more than INVITATIONS_PER_DAY a day
 * from one organisation. Once invited, a person's texts to the organisation are not a stranger's,
 * for a while: an invitation is not a role, and a person who stops sharing their record must
 * become a stranger to it again.
 */
export const candidateInvitationSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    kind: { type: String, enum: ['shift', 'talk'], required: true },
    shift: { type: Schema.Types.ObjectId, ref: 'Shift' },
    /** The organisation's own words, passed on as they were written. */
    message: { type: String },
    /** Who invited: the API key (or the console's) that asked. */
    by: {
      type: new Schema(
        { apiKey: { type: String, required: true }, name: { type: String, required: true } },
        { _id: false },
      ),
      required: true,
    },
    /** The inviting organisation's local date ("2026-11-28") and the slot taken in it. */
    day: { type: String, required: true },
    slot: { type: Number, required: true },
    /** When a talk invitation is texted (after the person's quiet hours): answerable from then. */
    sendAt: { type: Date },
    /** A talk invitation's answer (a shift's is its offer's: none here). */
    state: { type: String, enum: ['open', 'accepted', 'declined'] },
    answeredAt: { type: Date },
    at: { type: Date, required: true },
    /**
     * Until when the person's texts to the organisation's number are not a stranger's: time to
     * answer, work the shift, text DONE and see the hours confirmed (knownUntil in this file).
     */
    knownUntil: { type: Date, required: true },
  },
  { collection: 'candidate_invitations' },
);
// The day's slots (the limit).
candidateInvitationSchema.index({ person: 1, organisation: 1, day: 1, slot: 1 }, { unique: true });
// Whether an organisation invited a person lately (known-sender.ts, on every text in).
candidateInvitationSchema.index({ person: 1, organisation: 1, knownUntil: 1 });
// A person's talk invitations texted and still waiting for YES or NO (openTalksFor).
candidateInvitationSchema.index({ person: 1, kind: 1, state: 1, knownUntil: 1, sendAt: 1 });

const DAY_MS = 24 * 3_600_000;
/** Past a shift's end: time to text DONE and see the hours confirmed, or disputed. */
const AFTER_SHIFT_MS = 7 * DAY_MS;
/** How long an invitation to talk can be answered. */
const TALK_OPEN_MS = 14 * DAY_MS;

/** A week past the shift's end; for an invitation to talk, as long as it can be answered. */
export function knownUntil(now: Date, shift?: { end: Date }): Date {
  return shift
    ? new Date(shift.end.getTime() + AFTER_SHIFT_MS)
    : new Date(now.getTime() + TALK_OPEN_MS);
}

export type CandidateInvitation = InferSchemaType<typeof candidateInvitationSchema> & {
  _id: Types.ObjectId;
};
