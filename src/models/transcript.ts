import { Schema } from 'mongoose';

/** One text of a conversation kept for a coordinator: who wrote it, what, when. */
export const transcriptLineSchema = new Schema(
  {
    from: { type: String, enum: ['client', 'worker', 'shiftline'], required: true },
    text: { type: String, required: true },
    at: { type: Date, required: true },
    /** The inbound MessageSid a client's line came from. */
    ref: { type: String },
  },
  { _id: false },
);

export interface TranscriptLine {
  from: 'client' | 'worker' | 'shiftline';
  text: string;
  at: Date;
  ref?: string | null;
}
