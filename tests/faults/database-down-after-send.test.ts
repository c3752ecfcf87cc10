import { freePort } from '../../scripts/services/free-port';
import { startLocalServices, type LocalServices } from '../../scripts/services/local-services';
import { startShiftline, type Shiftline } from '../../src/main';
import { queueText } from '../../src/messaging/outbox';
import { startTwilioLocal, type TwilioLocal } from '../../src/twilio-local';
import { eventually, sleep } from '../support/harness';
import { testConfig, testLogger } from '../support/env';
import { seedOrganisation, seedPerson } from '../support/seed';
import { startGatedProxy, type GatedProxy } from './support/gated-proxy';

jest.setTimeout(90_000);

/** Longer than the driver's server selection timeout (3 s), so the save surely fails. */
const OUTAGE_MS = 5_000;

describe('fault drill: the database goes down after Twilio accepted a text, before its sid is saved', () => {
  let services: LocalServices;
  let twilio: TwilioLocal;
  let proxy: GatedProxy;
  let shiftline: Shiftline;
  afterAll(async () => {
    await shiftline?.runtime.outboundQueue.obliterate({ force: true }).catch(() => undefined);
    await shiftline?.stop();
    await proxy?.stop();
    await twilio?.stop();
    await services?.stop();
  });

  // Known bug: sendTextProcessor (src/messaging/send-text.ts) saves the sid after
  // twilio.messages.create returns; when that save fails the job is retried and creates again.
  it('hands the text to Twilio once when the sid could not be saved', async () => {
    services = await startLocalServices({ REDIS_URL: process.env.REDIS_URL });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const config = testConfig({
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      MONGODB_URI: services.mongoUri,
      SEND_RATE_PER_SECOND: '100',
    });
    twilio = await startTwilioLocal({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      webhookUrl: `${base}/webhooks/twilio/messages`,
    });
    proxy = await startGatedProxy(twilio.url);
    shiftline = await startShiftline({ ...config, TWILIO_API_URL: proxy.url }, testLogger(config));
    const { runtime } = shiftline;
    const organisation = await seedOrganisation(runtime.models, { quietHours: null });
    const person = await seedPerson(runtime.models, organisation);

    proxy.hold();
    const message = await queueText(runtime, {
      dedupeKey: 'sid-lost',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    // Twilio has accepted it; Shiftline has not heard back yet.
    await eventually(
      async () => proxy.held(),
      (held) => held === 1,
      20_000,
    );
    await services.mongo!.stop();
    proxy.release();
    await sleep(OUTAGE_MS);
    await services.mongo!.restart();

    const saved = await eventually(
      () => runtime.models.SendOutcome.findById(message._id).lean(),
      (m) => Boolean(m?.twilioSid),
      30_000,
    );
    expect(saved?.twilioSid).toBeDefined();
    await sleep(1_000);
    const sends = twilio.phones.attempts().filter((m) => m.to === person.phone);
    console.log(
      JSON.stringify({ drill: 'database-down-after-send', textsRecorded: 1, sends: sends.length }),
    );
    expect(sends).toHaveLength(1);
  });
});
