/**
 * `tsx scripts/twilio-local.ts`: the local Twilio-compatible endpoint on its own, configured from
 * TWILIO_LOCAL_PORT (4010), TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_LOCAL_WEBHOOK_URL and
 * TWILIO_LOCAL_NUMBERS (the account's numbers, comma-separated; +15005550006).
 * Point Shiftline's TWILIO_API_URL at the URL it prints. Ctrl-C stops it.
 */
import pino from 'pino';
import { z } from 'zod';
import { startTwilioLocal } from '../src/twilio-local';

const envSchema = z.object({
  TWILIO_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/, { error: 'expected AC followed by 32 hex digits' })
    .default('AC' + 'de'.repeat(16)),
  TWILIO_AUTH_TOKEN: z.string().min(1).default('dev-auth-token'),
  TWILIO_LOCAL_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  TWILIO_LOCAL_NUMBERS: z
    .string()
    .default('+15005550006')
    .transform((list) => list.split(',').map((number) => number.trim()))
    .pipe(z.array(z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'expected +E164 numbers' }))),
});

async function main(): Promise<void> {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  const env = parsed.data;
  const local = await startTwilioLocal({
    port: env.TWILIO_LOCAL_PORT,
    accountSid: env.TWILIO_ACCOUNT_SID,
    authToken: env.TWILIO_AUTH_TOKEN,
    webhookUrl: env.TWILIO_LOCAL_WEBHOOK_URL,
    numbers: env.TWILIO_LOCAL_NUMBERS,
    log: pino({ level: 'warn' }),
  });
  console.log(`Twilio-compatible endpoint: ${local.url}  (TWILIO_API_URL=${local.url})`);
  console.log(
    `Account ${env.TWILIO_ACCOUNT_SID}; webhooks to ${env.TWILIO_LOCAL_WEBHOOK_URL ?? '(none yet: PUT /_local/webhook)'}`,
  );
  const stop = async () => {
    await local.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
