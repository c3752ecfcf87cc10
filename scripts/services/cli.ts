/** `npm run services`: starts Redis and FerretDB/MongoDB and keeps them up until Ctrl-C. */
import { startLocalServices } from './local-services';

async function main(): Promise<void> {
  const services = await startLocalServices();
  console.log(services.describe());
  console.log(`export REDIS_URL=${services.redisUrl} MONGODB_URI=${services.mongoUri}`);
  const stop = async () => {
    await services.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
