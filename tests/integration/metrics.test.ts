import { queueText } from '../../src/messaging/outbox';
import { startShiftline, type Shiftline } from '../../src/main';
import { eventually, startHarness, type Harness } from '../support/harness';
import { testConfig, testLogger } from '../support/env';
import { seedOrganisation, seedPerson } from '../support/seed';

/** The value of one sample line of Prometheus text, e.g. `name{a="b"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const scrape = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

describe('GET /metrics on the web port', () => {
  let h: Harness;
  let metricsUrl: string;

  beforeAll(async () => {
    h = await startHarness();
    metricsUrl = `http://127.0.0.1:${h.shiftline.web!.port}/metrics`;
  });
  afterAll(() => h.stop());

  it('shows queue depth, job times, timer lateness, database commands, webhook latency and texts sent', async () => {
    const organisation = await seedOrganisation(h.models);
    const person = await seedPerson(h.models, organisation);
    await h.twilio.phones.send(person.phone!, 'HELP');
    await h.twilio.phones.waitFor(person.phone!, 1, 20_000);
    // A timer job for no timer: it runs, finds nothing pending, and is timed like any other.
    const timer = await h.shiftline.runtime.timersQueue.add(
      'fire',
      { timerId: 'no-such-timer' },
      { delay: 50 },
    );
    await eventually(
      () => timer.getState(),
      (state) => state === 'completed' || state === 'unknown',
    );

    const { status, type, text } = await eventually(
      () => scrape(metricsUrl),
      (m) => (sample(m.text, 'shiftline_timer_lateness_seconds_count') ?? 0) >= 1,
    );
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain/);
    for (const queue of ['inbound', 'outbound', 'timers']) {
      expect(sample(text, `shiftline_queue_jobs{queue="${queue}",state="waiting"}`)).toBe(0);
    }
    const atLeastOne = [
      'shiftline_job_duration_seconds_count{queue="inbound",outcome="completed"}',
      'shiftline_job_duration_seconds_count{queue="outbound",outcome="completed"}',
      'shiftline_job_duration_seconds_count{queue="timers",outcome="completed"}',
      'shiftline_timer_lateness_seconds_count',
      'shiftline_db_command_duration_seconds_count{collection="inboundmessages",command="insert",outcome="ok"}',
      'shiftline_db_command_duration_seconds_count{collection="outboundmessages",command="find",outcome="ok"}',
      'shiftline_webhook_duration_seconds_count{webhook="messages",status="200"}',
      'shiftline_webhook_duration_seconds_count{webhook="status",status="204"}',
      'shiftline_texts_sent_total{channel="sms"}',
    ];
    expect(atLeastOne.filter((series) => !((sample(text, series) ?? 0) >= 1))).toEqual([]);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('counts texts Twilio refuses and texts reported undelivered, by error code', async () => {
    const organisation = await seedOrganisation(h.models);
    const refused = await seedPerson(h.models, organisation);
    const undelivered = await seedPerson(h.models, organisation);
    h.twilio.faults.failFor(refused.phone!, 21211);
    h.twilio.faults.failFor(undelivered.phone!, 30003);
    for (const [n, person] of [refused, undelivered].entries()) {
      await queueText(h.shiftline.runtime, {
        dedupeKey: `metrics-failure-${n}`,
        organisation,
        to: { person },
        key: 'unknown_number',
      });
    }

    const { text } = await eventually(
      () => scrape(metricsUrl),
      (m) =>
        sample(m.text, 'shiftline_texts_failed_total{stage="send",error_code="21211"}') === 1 &&
        sample(m.text, 'shiftline_texts_failed_total{stage="delivery",error_code="30003"}') === 1,
      20_000,
    );
    expect(sample(text, 'shiftline_texts_failed_total{stage="send",error_code="21211"}')).toBe(1);
    expect(sample(text, 'shiftline_texts_failed_total{stage="delivery",error_code="30003"}')).toBe(
      1,
    );
  });
});

describe('METRICS_PORT', () => {
  let worker: Shiftline | undefined;
  let web: Harness | undefined;
  afterAll(async () => {
    await worker?.runtime.timersQueue.obliterate({ force: true }).catch(() => undefined);
    await worker?.runtime.mongo.dropDatabase().catch(() => undefined);
    await worker?.stop();
    await web?.stop();
  });

  it("serves a worker-only process's metrics on a port of its own", async () => {
    // The worker's check of its senders at start goes to a port that refuses, not to Twilio.
    const config = testConfig({
      ROLE: 'worker',
      METRICS_PORT: '0',
      TWILIO_API_URL: 'http://127.0.0.1:9',
    });
    worker = await startShiftline(config, testLogger(config));
    expect(worker.web).toBeUndefined();
    await worker.runtime.timersQueue.add('fire', { timerId: 'no-such-timer' });
    const url = `http://127.0.0.1:${worker.metrics!.port}/metrics`;
    const { status, text } = await eventually(
      () => scrape(url),
      (m) =>
        (sample(
          m.text,
          'shiftline_job_duration_seconds_count{queue="timers",outcome="completed"}',
        ) ?? 0) >= 1,
    );
    expect(status).toBe(200);
    expect(
      sample(text, 'shiftline_job_duration_seconds_count{queue="timers",outcome="completed"}'),
    ).toBe(1);
    expect((await scrape(`http://127.0.0.1:${worker.metrics!.port}/other`)).status).toBe(404);
  });

  it('keeps /metrics off the web port when set', async () => {
    web = await startHarness({ overrides: { METRICS_PORT: '0' } });
    const port = web.shiftline.web!.port;
    expect((await scrape(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    expect((await scrape(`http://127.0.0.1:${web.shiftline.metrics!.port}/metrics`)).status).toBe(
      200,
    );
  });
});
