/**
 * Does the hot path grow with history? Two groups of workers each hold an open offer. The
 * first group texts YES, NO or HERE at a steady rate on a database holding little else; then
 * `texts` past texts each way are loaded (outbound ones with their send outcome and two status
 * events, inbound ones as acted on) over `people` more people and the workers, and the second
 * group texts at the same rate. `factor`: the second run's reply latency over the first's.
 *   npx tsx scripts/bench/history.ts [texts=100000] [people=10000] [rate=10] [seconds=20]
 */
import { Types } from 'mongoose';
import { newSid } from '../../src/twilio-local/twilio-format';
import type { Harness } from '../../tests/support/harness';
import { seedOrganisation } from '../../tests/support/seed';
import {
  DRAIN_TIMEOUT_MS,
  OUR_NUMBER,
  REPLY_WORDS,
  replyLatencies,
  seedOfferedWorkers,
  type OfferedWorker,
} from './replies';
import { argInt, round1, runBench } from './run-bench';
import { seedPeople } from './seed-people';
import { settledWithin } from './settle';
import { postWebhooks } from './webhook-load';

const texts = argInt(0, 100_000);
const people = argInt(1, 10_000);
const rate = argInt(2, 10);
const seconds = argInt(3, 20);
const BATCH = 1_000;
const DAY_MS = 86_400_000;

/** Texts spread over the last 90 days, each person's in turn. */
async function loadHistory(h: Harness, workers: OfferedWorker[]) {
  const { models } = h;
  const began = Date.now();
  const org = await seedOrganisation(models, { name: 'History', quietHours: null });
  const everyone = [
    ...(await seedPeople(models, org, people, 'worker')).map((p) => ({
      id: p._id,
      phone: p.phone,
    })),
    ...workers,
  ];
  const at = (i: number) => new Date(began - 90 * DAY_MS + (i / texts) * 89 * DAY_MS);
  const collection = (model: { collection: { insertMany(docs: object[]): Promise<unknown> } }) =>
    model.collection;
  for (let from = 0; from < texts; from += BATCH) {
    const size = Math.min(BATCH, texts - from);
    const outbound = [];
    const outcomes = [];
    const events = [];
    const inbound = [];
    for (let n = from; n < from + size; n += 1) {
      const person = everyone[n % everyone.length]!;
      const sentAt = at(n);
      const _id = new Types.ObjectId();
      const sid = newSid();
      outbound.push({
        _id,
        dedupeKey: `history-${n}`,
        person: person.id,
        organisation: org._id,
        key: 'offer.accepted',
        vars: {},
        language: 'en',
        body: `History: you're booked (${n}).`,
        urgent: false,
        createdAt: sentAt,
      });
      outcomes.push({
        _id,
        organisation: org._id,
        twilioSid: sid,
        status: 'queued',
        channel: 'sms',
        from: OUR_NUMBER,
        to: person.phone,
        pacedAt: sentAt,
        at: sentAt,
      });
      for (const [status, rank, later] of [
        ['sent', 2, 1_000],
        ['delivered', 4, 3_000],
      ] as const)
        events.push({ twilioSid: sid, status, rank, at: new Date(sentAt.getTime() + later) });
      inbound.push({
        messageSid: newSid(),
        channel: 'sms',
        from: person.phone,
        to: OUR_NUMBER,
        body: REPLY_WORDS[n % REPLY_WORDS.length],
        receivedAt: new Date(sentAt.getTime() - 60_000),
        person: person.id,
        organisation: org._id,
        outcome: 'yes:accepted',
        unknownSender: false,
      });
    }
    await Promise.all([
      collection(models.OutboundMessage).insertMany(outbound),
      collection(models.SendOutcome).insertMany(outcomes),
      collection(models.MessageStatusEvent).insertMany(events),
      collection(models.InboundMessage).insertMany(inbound),
    ]);
  }
  return { people: everyone.length, loadSeconds: round1((Date.now() - began) / 1000) };
}

/** `rate` texts a second for `seconds` from the workers, and what became of them. */
async function textAtRate(h: Harness, workers: OfferedWorker[]) {
  const run = await postWebhooks({
    url: `${h.config.PUBLIC_BASE_URL}/webhooks/twilio/messages`,
    authToken: h.config.TWILIO_AUTH_TOKEN,
    accountSid: h.config.TWILIO_ACCOUNT_SID,
    to: OUR_NUMBER,
    connections: 10,
    rate,
    amount: rate * seconds,
    message: (n) => ({
      from: workers[n % workers.length]!.phone,
      body: REPLY_WORDS[n % REPLY_WORDS.length]!,
    }),
  });
  const drained = await settledWithin(h, DRAIN_TIMEOUT_MS);
  return { non2xx: run.non2xx, errors: run.errors, drained, ...(await replyLatencies(h, run)) };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

runBench(
  {
    benchmark: 'history',
    parameters: { texts, people, rate, seconds },
    overrides: { SEND_RATE_PER_SECOND: '1000' },
  },
  async ({ h, fail }) => {
    const group = Math.min(200, rate * seconds);
    const first = await seedOfferedWorkers(h, group, DRAIN_TIMEOUT_MS);
    const second = await seedOfferedWorkers(h, group, DRAIN_TIMEOUT_MS);
    const empty = await textAtRate(h, first);
    const history = await loadHistory(h, [...first, ...second]);
    const loaded = await textAtRate(h, second);
    if (empty.unanswered + loaded.unanswered > 0) fail();
    const p50 = (r: typeof empty) => r.webhookToReplyAtEndpointMs.medianMs;
    const p99 = (r: typeof empty) => r.webhookToReplyAtEndpointMs.p99Ms;
    return {
      history,
      empty,
      withHistory: loaded,
      factor: { medianMs: ratio(p50(loaded), p50(empty)), p99Ms: ratio(p99(loaded), p99(empty)) },
    };
  },
);
