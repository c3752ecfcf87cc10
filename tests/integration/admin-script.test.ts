import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { connectMongo } from '../../src/db/connect';
import { callerForKey } from '../../src/http/api/v1/auth/api-keys';
import { registerModels } from '../../src/models';
import { testConfig, testLogger } from '../support/env';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

describe('npm run admin (the operator makes the first organisation and its first key)', () => {
  const config = testConfig();
  const admin = (...args: string[]) =>
    run('npx', ['tsx', 'scripts/admin.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, MONGODB_URI: config.MONGODB_URI },
    });

  it('creates an organisation, then an admin key that the API accepts', async () => {
    const made = await admin(
      'organisation',
      '--name',
      'Lakeside Homes',
      '--time-zone',
      'America/Chicago',
      '--contact',
      '555-0400',
      '--sms-number',
      '+15005550036',
    );
    expect(made.stdout).toMatch(/^organisation [0-9a-f]{24} created: Lakeside Homes/);
    const keyed = await admin(
      'api-key',
      '--organisation',
      'Lakeside Homes',
      '--role',
      'admin',
      '--name',
      'first key',
    );
    const key = keyed.stdout.trim().split('\n').pop()!;
    const mongo = await connectMongo(config.MONGODB_URI, testLogger(config));
    try {
      const models = registerModels(mongo);
      const organisation = await models.Organisation.findOne({ name: 'Lakeside Homes' }).orFail();
      expect(organisation.timeZone).toBe('America/Chicago');
      expect(await callerForKey(models, key)).toMatchObject({
        organisationId: organisation.id,
        role: 'admin',
      });
    } finally {
      await mongo.dropDatabase();
      await mongo.close();
    }
  });

  it('refuses a bad time zone with exit code 1, naming the option', async () => {
    const failed = await admin(
      'organisation',
      '--name',
      'Nowhere',
      '--time-zone',
      'Mars/Olympus',
      '--contact',
      'x',
      '--sms-number',
      '+15005550046',
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('time-zone');
  });
});
