import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openRuntime } from '../../src/runtime';
import { systemClock } from '../../src/engine/clock';
import { StartupError } from '../../src/startup-error';
import { testConfig, testLogger } from '../support/env';

const run = promisify(execFile);

describe('indexes made at deploy, as production runs', () => {
  const config = testConfig({ NODE_ENV: 'production' });
  const log = testLogger(config);

  it('refuses to start a production process on a database without its indexes, naming the command', async () => {
    const starting = openRuntime(config, log, systemClock);
    await expect(starting).rejects.toBeInstanceOf(StartupError);
    await expect(starting).rejects.toThrow(/npm run indexes/);
  });

  it('starts once `npm run indexes` has made them, and the unique ones hold', async () => {
    await run('npx', ['tsx', 'src/create-indexes.ts'], {
      env: { ...process.env, MONGODB_URI: config.MONGODB_URI, LOG_LEVEL: 'warn' },
    });
    const runtime = await openRuntime(config, log, systemClock);
    try {
      const indexes = await runtime.models.InboundReceipt.collection.indexes();
      expect(indexes.some((index) => index.unique && index.key.messageSid === 1)).toBe(true);
    } finally {
      await runtime.mongo.dropDatabase();
      await runtime.close();
    }
  }, 120_000);

  it('makes them at start when CREATE_INDEXES_AT_START=true, in production too', async () => {
    const own = testConfig({ NODE_ENV: 'production', CREATE_INDEXES_AT_START: 'true' });
    const runtime = await openRuntime(own, log, systemClock);
    try {
      expect(await runtime.models.Timer.collection.indexes()).not.toHaveLength(0);
    } finally {
      await runtime.mongo.dropDatabase();
      await runtime.close();
    }
  });
});
