/**
 * `npm run indexes` (in the image: `node dist/src/create-indexes.js`): creates every index on
 * the database MONGODB_URI names, once per deploy, before the new version starts. In production
 * the processes do not make indexes themselves (CREATE_INDEXES_AT_START) and refuse to start
 * while one is missing.
 */
import { z } from 'zod';
import { configSettings, parseEnv } from './config';
import { connectMongo, safeMongoUri } from './db/connect';
import { detectCapabilities } from './db/capabilities';
import { ensureIndexes, missingIndexes } from './db/indexes';
import { createLogger } from './log';
import { CONDITIONAL_INDEXES, registerModels } from './models';
import { exitOnStartupError } from './main';

async function createIndexes(): Promise<void> {
  const env = parseEnv(
    z.object({
      MONGODB_URI: configSettings.shape.MONGODB_URI,
      LOG_LEVEL: configSettings.shape.LOG_LEVEL,
    }),
  );
  const log = createLogger({ LOG_LEVEL: env.LOG_LEVEL, NODE_ENV: 'production' });
  const mongo = await connectMongo(env.MONGODB_URI, log);
  try {
    registerModels(mongo);
    const capabilities = await detectCapabilities(mongo);
    const before = await missingIndexes(mongo, capabilities, CONDITIONAL_INDEXES);
    await ensureIndexes(mongo, capabilities, CONDITIONAL_INDEXES, log);
    log.info({ server: safeMongoUri(env.MONGODB_URI), created: before.length }, 'indexes in place');
  } finally {
    await mongo.close();
  }
}

if (require.main === module) createIndexes().catch(exitOnStartupError);
