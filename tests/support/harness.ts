import { freePort } from '../../scripts/services/free-port';
import { startShiftline, type Shiftline } from '../../src/main';
import {
  startTwilioLocal,
  type TwilioLocal,
  type TwilioLocalOptions,
} from '../../src/twilio-local';
import { systemClock, type Clock } from '../../src/engine/clock';
import type { Config } from '../../src/config';
import { testConfig, testLogger } from './env';
import { TEST_ACCOUNT_NUMBERS, TEST_TEMPLATE_SID } from './test-account';

export interface Harness {
  config: Config;
  shiftline: Shiftline;
  twilio: TwilioLocal;
  models: Shiftline['runtime']['models'];
  stop(): Promise<void>;
}

/**
 * Shiftline (web + worker) and the local Twilio endpoint, wired as in production: the real
 * twilio SDK reaches the endpoint through TWILIO_API_URL, and the endpoint's phones post
 * signed webhooks to Shiftline.
 */
export async function startHarness(
  options: {
    overrides?: Record<string, string>;
    clock?: Clock;
    /** Options of the local endpoint beyond the test account's numbers and template. */
    twilio?: Pick<TwilioLocalOptions, 'advancedOptOut' | 'numbers' | 'templates'>;
  } = {},
): Promise<Harness> {
  const clock = options.clock ?? systemClock;
  // The port is picked before Shiftline listens (the endpoint signs webhooks to it), and another
  // process can take it in between (an outgoing connection's ephemeral port): then pick again.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const config = testConfig({
      PORT: String(port),
      PUBLIC_BASE_URL: base,
      SEND_RATE_PER_SECOND: '50',
      ...options.overrides,
    });
    const twilio = await startTwilioLocal({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      webhookUrl: `${base}/webhooks/twilio/messages`,
      now: () => clock.now().getTime(),
      numbers: TEST_ACCOUNT_NUMBERS,
      templates: [{ sid: TEST_TEMPLATE_SID }],
      ...options.twilio,
    });
    try {
      const shiftline = await startShiftline(
        { ...config, TWILIO_API_URL: twilio.url },
        testLogger(config),
        clock,
      );
      return harnessOf(config, shiftline, twilio);
    } catch (error) {
      await twilio.stop();
      const portTaken = String((error as Error).message).includes('EADDRINUSE');
      if (!portTaken || attempt === 3) throw error;
    }
  }
}

function harnessOf(config: Config, shiftline: Shiftline, twilio: TwilioLocal): Harness {
  return {
    config,
    shiftline,
    twilio,
    models: shiftline.runtime.models,
    async stop() {
      await shiftline.runtime.inboundQueue.obliterate({ force: true }).catch(() => undefined);
      await shiftline.runtime.outboundQueue.obliterate({ force: true }).catch(() => undefined);
      await shiftline.runtime.mongo.dropDatabase().catch(() => undefined);
      await shiftline.stop();
      await twilio.stop();
    },
  };
}

/** Polls until the check passes or the time is up; returns the last value. */
export async function eventually<T>(
  check: () => Promise<T>,
  pass: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (pass(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
