import { z } from 'zod';
import { instant, objectId, paging } from './common';

const transcriptLine = z
  .object({
    from: z.enum(['client', 'worker', 'shiftline']),
    text: z.string(),
    at: instant,
  })
  .meta({ id: 'TranscriptLine' });

export const handOffQuery = z.object({
  open: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Only open (true) or only resolved (false) hand-offs' }),
  ...paging,
});

export const handOffView = z
  .object({
    id: objectId,
    reason: z
      .enum(['unknown_number', 'not_understood', 'question', 'condition'])
      .meta({ description: "question and condition: a worker's reply a person must answer" }),
    personId: objectId.nullable().meta({ description: 'The sender, when known' }),
    from: z.string().meta({ description: "The sender's number, to call or text back" }),
    visitRequestId: objectId.nullable(),
    transcript: z.array(transcriptLine),
    coordinatorId: objectId.nullable().meta({ description: 'The coordinator who was texted' }),
    createdAt: instant,
    resolvedAt: instant.nullable(),
  })
  .meta({ id: 'HandOff' });

export const visitRequestQuery = z.object({
  state: z
    .enum(['open', 'booked', 'moved', 'called_off', 'handed_off', 'expired', 'dropped'])
    .optional(),
  ...paging,
});

export const visitRequestView = z
  .object({
    id: objectId,
    clientId: objectId,
    purpose: z.enum(['book', 'move', 'call_off']),
    state: z.enum(['open', 'booked', 'moved', 'called_off', 'handed_off', 'expired', 'dropped']),
    shiftId: objectId
      .nullable()
      .meta({ description: 'The booked visit a move or call-off is about' }),
    shiftIds: z.array(objectId).meta({ description: 'The shifts the dialog booked' }),
    transcript: z.array(transcriptLine),
    createdAt: instant,
    closedAt: instant.nullable(),
  })
  .meta({ id: 'VisitRequest' });
