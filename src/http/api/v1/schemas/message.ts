import { z } from 'zod';
import {
  STATUS_RANK,
  SUPPRESSION_REASONS,
  type OutboundStatus,
} from '../../../../models/outbound-message';
import { instant, objectId, paging } from './common';

const OUTBOUND_STATUSES = Object.keys(STATUS_RANK) as [OutboundStatus, ...OutboundStatus[]];
const outboundStatus = z.enum(OUTBOUND_STATUSES);

const statusEvent = z
  .object({
    status: z.string(),
    at: instant,
    errorCode: z.number().int().nullable(),
  })
  .meta({ id: 'StatusEvent' });

/** One text of a thread, either way. */
export const messageView = z
  .object({
    id: objectId,
    direction: z.enum(['in', 'out']),
    /** In: when received. Out: when Shiftline recorded it (it is sent moments later, if at all). */
    at: instant,
    body: z.string(),
    channel: z.enum(['sms', 'whatsapp']).nullable(),
    /** Out only: the delivery status Twilio last reported. */
    status: outboundStatus.nullable(),
    /** In only: what Shiftline made of it (the intent, or why nothing was done). */
    outcome: z.string().nullable(),
    /** Out only: the message key (offer, reminder_24h…). */
    key: z.string().nullable(),
    errorCode: z.number().int().nullable(),
    /** Out only: why it was recorded but never handed to Twilio. */
    suppressed: z.enum(SUPPRESSION_REASONS).nullable(),
    /** Out only: every status Twilio reported, oldest first. */
    events: z.array(statusEvent),
    /** Out only: the API key that sent a coordinator's own words (console or API), else null. */
    sentBy: z.object({ keyId: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Message' });

/** A coordinator's own words to one person (an answer to a hand-off, or anything else). */
export const personMessageBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .meta({ description: 'Sent as written, after the organisation name' }),
    ref: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional()
      .meta({ description: 'Your id for this text: the same ref twice sends it once' }),
  })
  .meta({
    id: 'PersonMessageInput',
    examples: [{ text: 'Yes, you can leave at 3. See you Saturday!', ref: 'reply-1' }],
  });

export type MessageView = z.input<typeof messageView>;

export const threadQuery = z.object(paging);

/** `failed,undelivered`: one or more outbound statuses, comma-separated. */
const statusList = z
  .string()
  .transform((text) => text.split(',').map((part) => part.trim()))
  .pipe(z.array(outboundStatus).min(1));

export const messageListQuery = z.object({
  direction: z.enum(['in', 'out']).optional(),
  status: statusList.optional().meta({
    description: 'Outbound statuses, comma-separated (failed,undelivered); leaves inbound out',
  }),
  since: instant.optional(),
  ...paging,
});

export const organisationMessageView = messageView
  .extend({
    person: z.object({ id: objectId, name: z.string() }).nullable(),
    /** The number, masked, when no person has it (an unknown sender, or a reply to one). */
    maskedNumber: z.string().nullable(),
  })
  .meta({ id: 'OrganisationMessage' });
