import { z } from 'zod';

const address = z.string().min(3).max(64);

/** The fields of Twilio's incoming-message webhook that Shiftline reads. */
export const incomingMessageSchema = z.object({
  MessageSid: z
    .string()
    .regex(/^(SM|MM)[0-9a-fA-F]{32}$/, { error: 'expected SM or MM followed by 32 hex digits' }),
  AccountSid: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/, { error: 'expected AC followed by 32 hex digits' }),
  From: address,
  To: address,
  Body: z.string().max(1600).default(''),
  OptOutType: z.enum(['STOP', 'START', 'HELP']).optional(),
});

/** The fields of Twilio's status callback that Shiftline reads. */
export const statusCallbackSchema = z.object({
  MessageSid: z
    .string()
    .regex(/^(SM|MM)[0-9a-fA-F]{32}$/, { error: 'expected SM or MM followed by 32 hex digits' }),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.coerce.number().int().optional(),
});
