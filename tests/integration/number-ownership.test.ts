import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Connection } from 'mongoose';
import { connectMongo } from '../../src/db/connect';
import { ensureIndexes } from '../../src/db/indexes';
import { detectCapabilities } from '../../src/db/capabilities';
import { registerModels, type Models } from '../../src/models';
import { assignNumber, NumberTakenError } from '../../src/messaging/number-ownership';
import { startTwilioLocal, type TwilioLocal } from '../../src/twilio-local';
import { testConfig, testLogger } from '../support/env';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);
const ACCOUNT_SID = 'AC' + 'ef'.repeat(16);
const AUTH_TOKEN = 'numbers-test-token';

type Failure = { code: number; stderr: string };

// Each admin command is a fresh tsx process (2-6 s on a shared 2-core machine); a test runs up to 5.
jest.setTimeout(120_000);

describe('a number belongs to exactly one organisation (issue 15, item 1)', () => {
  const config = testConfig();
  let mongo: Connection;
  let models: Models;
  let twilio: TwilioLocal;

  const admin = (...args: string[]) =>
    run('npx', ['tsx', 'scripts/admin.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        MONGODB_URI: config.MONGODB_URI,
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        TWILIO_API_URL: twilio.url,
      },
    });
  const failing = (...args: string[]) =>
    admin(...args).then(
      () => ({ code: 0, stderr: '' }),
      (error: Failure) => error,
    );
  const organisation = (name: string, number: string) =>
    admin(
      'organisation',
      '--name',
      name,
      '--time-zone',
      'America/New_York',
      '--contact',
      '555-0100',
      '--sms-number',
      number,
    );
  const numbersOf = async (name: string) => {
    const found = await models.Organisation.findOne({ name }).orFail().lean();
    return { sms: found.smsNumbers, whatsapp: found.whatsappNumbers };
  };

  beforeAll(async () => {
    twilio = await startTwilioLocal({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      numbers: ['+15005550031', '+15005550032', '+15005550033'],
    });
    mongo = await connectMongo(config.MONGODB_URI, testLogger(config));
    models = registerModels(mongo);
    await ensureIndexes(mongo, await detectCapabilities(mongo), [], testLogger(config));
  });
  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
    await twilio.stop();
  });

  it('lets the operator give each organisation its own numbers, never one of another', async () => {
    await organisation('Harbour Care', '+15005550031');
    await organisation('City Parks', '+15005550032');
    const taken = await failing(
      'assign-number',
      '--organisation',
      'City Parks',
      '--number',
      '+15005550031',
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('+15005550031 already belongs to Harbour Care');
    const takenOnWhatsApp = await failing(
      'assign-number',
      '--organisation',
      'City Parks',
      '--number',
      '+15005550031',
      '--channel',
      'whatsapp',
    );
    expect(takenOnWhatsApp.stderr).toContain('already belongs to Harbour Care');
    await admin(
      'assign-number',
      '--organisation',
      'Harbour Care',
      '--number',
      '+15005550031',
      '--channel',
      'whatsapp',
    );
    expect(await numbersOf('Harbour Care')).toEqual({
      sms: ['+15005550031'],
      whatsapp: ['+15005550031'],
    });
    expect(await numbersOf('City Parks')).toEqual({ sms: ['+15005550032'], whatsapp: [] });
  });

  it("refuses a number that is not the Twilio account's, saying so, and makes no organisation", async () => {
    const notOurs = await failing(
      'assign-number',
      '--organisation',
      'City Parks',
      '--number',
      '+15005550099',
    );
    expect(notOurs.code).toBe(1);
    expect(notOurs.stderr).toContain(
      `+15005550099 is not a number of Twilio account ${ACCOUNT_SID}`,
    );
    const refused = await failing(
      'organisation',
      '--name',
      'Nobody',
      '--time-zone',
      'UTC',
      '--contact',
      'x',
      '--sms-number',
      '+15005550098',
    );
    expect(refused.code).toBe(1);
    expect(await models.Organisation.countDocuments({ name: 'Nobody' })).toBe(0);
    expect((await numbersOf('City Parks')).sms).toEqual(['+15005550032']);
  });

  it('frees a number once it is taken off every channel, for another organisation', async () => {
    await admin('unassign-number', '--organisation', 'Harbour Care', '--number', '+15005550031');
    const stillTaken = await failing(
      'assign-number',
      '--organisation',
      'City Parks',
      '--number',
      '+15005550031',
    );
    expect(stillTaken.stderr).toContain('already belongs to Harbour Care');
    await admin(
      'unassign-number',
      '--organisation',
      'Harbour Care',
      '--number',
      '+15005550031',
      '--channel',
      'whatsapp',
    );
    await admin('assign-number', '--organisation', 'City Parks', '--number', '+15005550031');
    expect(await numbersOf('Harbour Care')).toEqual({ sms: [], whatsapp: [] });
    expect((await numbersOf('City Parks')).sms).toEqual(['+15005550032', '+15005550031']);
  });

  it('gives a number claimed by two organisations at once to exactly one', async () => {
    const [a, b] = await models.Organisation.create([
      { name: 'Race A', contact: 'x' },
      { name: 'Race B', contact: 'x' },
    ]);
    const at = new Date();
    const results = await Promise.allSettled(
      [a!, b!].map((o) =>
        assignNumber(models, { organisation: o._id, channel: 'sms', number: '+15005550033', at }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(NumberTakenError);
    const holders = await models.Organisation.find({ smsNumbers: '+15005550033' }).lean();
    expect(holders).toHaveLength(1);
  });
});
