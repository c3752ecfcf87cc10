import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServices, type LocalServices } from '../scripts/services/local-services';

declare global {
  var __shiftlineServices: LocalServices | undefined;
}

/**
 * Starts Redis and FerretDB (or uses REDIS_URL / MONGODB_URI) for every test file, and names the
 * directory where test files record their query shapes (tests/index-coverage/).
 */
export default async function globalSetup(): Promise<void> {
  const services = await startLocalServices();
  globalThis.__shiftlineServices = services;
  process.env.REDIS_URL = services.redisUrl;
  process.env.MONGODB_URI = services.mongoUri;
  process.env.SHIFTLINE_QUERY_SHAPES_DIR = mkdtempSync(join(tmpdir(), 'shiftline-query-shapes-'));
  console.log(`\n${services.describe()}`);
}
