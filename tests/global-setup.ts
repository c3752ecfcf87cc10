import { startLocalServices, type LocalServices } from '../scripts/services/local-services';

declare global {
  var __shiftlineServices: LocalServices | undefined;
}

/** Starts Redis and FerretDB (or uses REDIS_URL / MONGODB_URI) for every test file. */
export default async function globalSetup(): Promise<void> {
  const services = await startLocalServices();
  globalThis.__shiftlineServices = services;
  process.env.REDIS_URL = services.redisUrl;
  process.env.MONGODB_URI = services.mongoUri;
  console.log(`\n${services.describe()}`);
}
