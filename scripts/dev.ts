/**
 * `npm run dev`: Shiftline on this machine with nothing started by hand. Starts Redis and
 * FerretDB (unless REDIS_URL / MONGODB_URI are set), the local Twilio-compatible endpoint
 * (unless TWILIO_API_URL is set), then web + worker in this process on a clock the console's
 * simulator can fast-forward, and seeds the demo region. Ctrl-C stops all of it.
 */
import { loadConfig } from '../src/config';
import { OffsetClock } from '../src/engine/clock';
import { createLogger } from '../src/log';
import { exitOnStartupError, startShiftline } from '../src/main';
import { startTwilioLocal } from '../src/twilio-local';
import { startLocalServices } from './services/local-services';
import { demoSeed, loadSeed, type SeedResult } from './seed/load-seed';

const DEV_ACCOUNT_SID = 'AC' + 'de'.repeat(16);
const DEV_AUTH_TOKEN = 'dev-auth-token';

/** The local account owns the default sender and every number the demo region gives out. */
function demoNumbers(defaultSender: string | undefined): string[] {
  const seeded = demoSeed().organisations.flatMap((o) => [...o.smsNumbers, ...o.whatsappNumbers]);
  return [...new Set([defaultSender ?? '+15005550006', ...seeded])];
}

/** The seeded organisations' admin keys and the operator's: shown once, as only their hashes are kept. */
function adminKeyLines(seeded: SeedResult): string[] {
  if (seeded.status === 'skipped') return [];
  return [
    'Admin API keys (dev only; the console signs in with one, or with its dev picker):',
    ...seeded.keys.map(({ organisationName, key }) => `  ${organisationName.padEnd(28)} ${key}`),
    `Operator key (the queue dashboard and the simulator's clock; also ${seeded.operatorKey.organisationName}'s admin):`,
    `  ${seeded.operatorKey.key}`,
  ];
}

async function main(): Promise<void> {
  const services = await startLocalServices();
  const stops: Array<() => Promise<void>> = [() => services.stop()];
  const stopAll = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error: Error) => console.error(error.message));
  };
  try {
    const port = process.env.PORT ?? '3000';
    const accountSid = process.env.TWILIO_ACCOUNT_SID ?? DEV_ACCOUNT_SID;
    const authToken = process.env.TWILIO_AUTH_TOKEN ?? DEV_AUTH_TOKEN;
    const publicBaseUrl = process.env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`;
    // Real time plus whatever the simulator fast-forwards; the phones share it.
    const clock = new OffsetClock();
    const twilioLocal = process.env.TWILIO_API_URL
      ? undefined
      : await startTwilioLocal({
          accountSid,
          authToken,
          webhookUrl: `${publicBaseUrl}/webhooks/twilio/messages`,
          now: () => clock.now().getTime(),
          numbers: demoNumbers(process.env.TWILIO_FROM_NUMBER),
        });
    if (twilioLocal) stops.push(() => twilioLocal.stop());

    const config = loadConfig({
      NODE_ENV: 'development',
      DEV_MODE: 'true',
      SEND_RATE_PER_SECOND: '10',
      ...process.env,
      PORT: port,
      PUBLIC_BASE_URL: publicBaseUrl,
      MONGODB_URI: services.mongoUri,
      REDIS_URL: services.redisUrl,
      TWILIO_ACCOUNT_SID: accountSid,
      TWILIO_AUTH_TOKEN: authToken,
      TWILIO_API_URL: process.env.TWILIO_API_URL ?? twilioLocal?.url,
    });
    const log = createLogger(config);
    const shiftline = await startShiftline(config, log, clock);
    stops.push(() => shiftline.stop());
    const seeded = await loadSeed(shiftline.runtime);

    console.log(
      [
        '',
        'Shiftline is running (web + worker).',
        services.describe(),
        `Demo    ${seeded.status === 'loaded' ? 'seeded from scripts/seed/demo-region.json' : 'database already had data; not seeded'}`,
        `Twilio  ${config.TWILIO_API_URL} (${twilioLocal ? 'local endpoint' : 'from TWILIO_API_URL'})`,
        `Web     ${publicBaseUrl}  (ready: ${publicBaseUrl}/readyz)`,
        `Console ${publicBaseUrl}/console`,
        ...adminKeyLines(seeded),
        twilioLocal
          ? `Text it: curl -s -XPOST ${twilioLocal.url}/_local/phones/+15550000001/messages -H 'content-type: application/json' -d '{"body":"HELP"}'\n` +
            `Replies: curl -s ${twilioLocal.url}/_local/phones/+15550000001/messages`
          : '',
        'Ctrl-C stops everything.',
      ].join('\n'),
    );
  } catch (error) {
    await stopAll();
    throw error;
  }
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch(exitOnStartupError);
