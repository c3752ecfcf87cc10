/**
 * `npm run admin -- <command>`: what only the platform's operator does, straight against the
 * database named by MONGODB_URI (the admin API is per organisation, so it cannot make the first
 * organisation or its first key).
 *
 *   npm run admin -- organisation --name "Harbour Home Care" --time-zone America/New_York \
 *       --contact "555-0300" --sms-number +15005550026 [--language en]
 *   npm run admin -- api-key --organisation "Harbour Home Care" --role admin --name "Hal's console"
 *   npm run admin -- assign-number --organisation "Harbour Home Care" --number +15005550026 \
 *       [--channel sms|whatsapp]
 *   npm run admin -- unassign-number --organisation "Harbour Home Care" --number +15005550026 \
 *       [--channel sms|whatsapp]
 *
 * `--role operator` makes the platform operator's key (the queue dashboard, the simulator's
 * shared clock; it is also that organisation's admin): no organisation's API can make, list or
 * revoke one. The key is printed once; only its hash is kept. A number belongs to one
 * organisation; with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN set (and TWILIO_API_URL for
 * another endpoint), it is given only if it is one of that Twilio account's numbers.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { connectMongo } from '../src/db/connect';
import { createLogger } from '../src/log';
import { registerModels, type Models } from '../src/models';
import { API_ROLES } from '../src/models/api-key';
import { createApiKey } from '../src/http/api/v1/auth/api-keys';
import { organisationSettings } from '../src/http/api/v1/schemas/organisation';
import { language, objectId } from '../src/http/api/v1/schemas/common';
import { accountOwns } from '../src/messaging/account-numbers';
import { assignNumber, unassignNumber } from '../src/messaging/number-ownership';
import { createTwilioClient } from '../src/messaging/twilio-client';
import { twilioAccountSettings } from '../src/config';

const organisationArgs = z.object({
  name: organisationSettings.shape.name,
  'time-zone': organisationSettings.shape.timeZone,
  contact: organisationSettings.shape.contact,
  'sms-number': organisationSettings.shape.smsNumbers.element,
  language: language.default('en'),
});

const numberArgs = z.object({
  organisation: z.string().min(1),
  number: organisationSettings.shape.smsNumbers.element,
  channel: z.enum(['sms', 'whatsapp']).default('sms'),
});

/**
 * Refuses a number the Twilio account does not own, when the environment names the account;
 * without it, says the number was not checked.
 */
async function checkAccountOwns(number: string): Promise<void> {
  if (!process.env.TWILIO_ACCOUNT_SID && !process.env.TWILIO_AUTH_TOKEN) {
    console.warn(
      `${number} not checked against Twilio: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to check it is the account's`,
    );
    return;
  }
  const env = twilioAccountSettings.parse(process.env);
  if (!(await accountOwns(createTwilioClient(env), number))) {
    throw new Error(
      `${number} is not a number of Twilio account ${env.TWILIO_ACCOUNT_SID}: buy it or move it to this account first`,
    );
  }
}

const apiKeyArgs = z.object({
  organisation: z.string().min(1),
  role: z.enum(API_ROLES),
  name: z.string().trim().min(1).max(80),
});

async function findOrganisation(models: Models, nameOrId: string) {
  const byId = objectId.safeParse(nameOrId).success
    ? await models.Organisation.findById(nameOrId)
    : null;
  const found = byId ?? (await models.Organisation.find({ name: nameOrId }).limit(2));
  const list = Array.isArray(found) ? found : [found];
  if (list.length !== 1) throw new Error(`no single organisation named or with id "${nameOrId}"`);
  return list[0]!;
}

async function run(models: Models, command: string | undefined, args: Record<string, unknown>) {
  if (command === 'organisation') {
    const a = organisationArgs.parse(args);
    await checkAccountOwns(a['sms-number']);
    const created = await models.Organisation.create({
      name: a.name,
      timeZone: a['time-zone'],
      contact: a.contact,
      language: a.language,
    });
    const at = new Date();
    await assignNumber(models, {
      organisation: created._id,
      channel: 'sms',
      number: a['sms-number'],
      at,
    }).catch(async (error: unknown) => {
      // Not half made: an organisation without the number it was created for is removed.
      await models.Organisation.deleteOne({ _id: created._id });
      throw error;
    });
    console.log(`organisation ${created.id as string} created: ${a.name}`);
    return;
  }
  if (command === 'assign-number') {
    const a = numberArgs.parse(args);
    const organisation = await findOrganisation(models, a.organisation);
    await checkAccountOwns(a.number);
    await assignNumber(models, {
      organisation: organisation._id,
      channel: a.channel,
      number: a.number,
      at: new Date(),
    });
    console.log(`${a.number} (${a.channel}) now belongs to ${organisation.name}`);
    return;
  }
  if (command === 'unassign-number') {
    const a = numberArgs.parse(args);
    const organisation = await findOrganisation(models, a.organisation);
    const request = { organisation: organisation._id, channel: a.channel, number: a.number };
    if (!(await unassignNumber(models, request))) {
      throw new Error(`${organisation.name} has no ${a.channel} number ${a.number}`);
    }
    console.log(`${a.number} (${a.channel}) no longer belongs to ${organisation.name}`);
    return;
  }
  if (command === 'api-key') {
    const a = apiKeyArgs.parse(args);
    const organisation = await findOrganisation(models, a.organisation);
    const { key } = await createApiKey(
      models,
      { organisation: organisation._id, role: a.role, name: a.name },
      new Date(),
    );
    console.log(`${a.role} key for ${organisation.name} (shown once):\n${key}`);
    return;
  }
  throw new Error(
    'usage: npm run admin -- organisation … | api-key … | assign-number … | unassign-number … (see scripts/admin.ts)',
  );
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: Object.fromEntries(
      [
        'name',
        'time-zone',
        'contact',
        'sms-number',
        'language',
        'organisation',
        'role',
        'number',
        'channel',
      ].map((option) => [option, { type: 'string' as const }]),
    ),
  });
  const uri = z
    .string({ error: 'set MONGODB_URI' })
    .startsWith('mongodb')
    .parse(process.env.MONGODB_URI);
  const mongo = await connectMongo(
    uri,
    createLogger({ LOG_LEVEL: 'warn', NODE_ENV: 'production' }),
  );
  try {
    await run(registerModels(mongo), positionals[0], values);
  } finally {
    await mongo.close();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : error.message);
  process.exit(1);
});
