import type { Types } from 'mongoose';
import { postShift } from '../../src/engine/runtime/events';
import type { Harness } from '../../tests/support/harness';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';
import { seedPeople } from './seed-people';
import { summarise } from './machine';
import { round1 } from './run-bench';
import { settle } from './settle';
import type { LoadResult } from './webhook-load';

/** What the offered workers text, in turn. */
export const REPLY_WORDS = ['YES', 'NO', 'HERE'];
/** The number they text: the harness's default sender. */
export const OUR_NUMBER = '+15005550006';
/** How long a run may take to settle before it is reported as not drained. */
export const DRAIN_TIMEOUT_MS = 600_000;

export interface OfferedWorker {
  id: Types.ObjectId;
  phone: string;
}

/**
 * What Shiftline made of a text it rightly leaves unanswered: a late YES or NO whose offer has
 * already told them it closed, and STOP (Twilio confirms an opt-out itself).
 */
const NO_REPLY_BY_DESIGN = [/:already_told$/, /^opt_out/];

/** An organisation, its supervisor and `count` workers, each holding an open offer of one shift. */
export async function seedOfferedWorkers(
  h: Harness,
  count: number,
  drainTimeoutMs: number,
): Promise<OfferedWorker[]> {
  const { models } = h;
  const org = await seedOrganisation(models, {
    offerStrategy: { kind: 'broadcast' },
    quietHours: null,
  });
  const supervisor = await seedPerson(models, org, {
    name: 'Sam',
    roles: [{ organisation: org._id, role: 'supervisor' }],
  });
  const workers = (await seedPeople(models, org, count, 'worker')).map((p) => ({
    id: p._id,
    phone: p.phone,
  }));
  const start = new Date(Date.now() + 2 * 86_400_000);
  await postShift(h.shiftline.runtime, {
    organisationId: org.id,
    supervisorId: supervisor.id,
    place: 'Riverside Park',
    start,
    end: new Date(start.getTime() + 4 * 3_600_000),
    places: Math.max(5, Math.floor(count / 10)),
  });
  await settle(h, drainTimeoutMs);
  return workers;
}

const countBy = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Each recorded text's reply: per sender, texts in the order received are paired with the
 * sender's next texts from Shiftline (recorded, and at the endpoint), each used once. A text
 * with no reply is `unanswered` unless what Shiftline made of it (its outcome) needs none by
 * design; both are listed by outcome. A reply recorded but held back (e.g. the same text twice
 * in a row) is counted by its reason.
 */
export async function replyLatencies(h: Harness, load: LoadResult) {
  const { InboundMessage, OutboundMessage, SendOutcome } = h.models;
  const sids = load.posted.map((p) => p.messageSid);
  const inbound = await InboundMessage.find(
    { messageSid: { $in: sids } },
    { person: 1, from: 1, receivedAt: 1, outcome: 1 },
  ).lean();
  inbound.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const since = new Date(Math.min(...inbound.map((m) => m.receivedAt.getTime())));
  const outbound = await OutboundMessage.find(
    { createdAt: { $gte: since } },
    { person: 1, createdAt: 1, key: 1 },
  ).lean();
  const heldBack = new Map(
    (
      await SendOutcome.find(
        { _id: { $in: outbound.map((m) => m._id) }, suppressed: { $exists: true } },
        { suppressed: 1 },
      ).lean()
    ).map((o) => [o._id.toString(), o.suppressed!]),
  );
  const recorded = new Map<string, { at: number; key: string; id: string }[]>();
  for (const m of outbound) {
    const list = recorded.get(String(m.person)) ?? [];
    list.push({ at: m.createdAt.getTime(), key: m.key, id: m._id.toString() });
    recorded.set(String(m.person), list);
  }
  const arrivals = new Map<string, { at: number }[]>();
  for (const m of h.twilio.phones.attempts()) {
    if (m.acceptedAtRealMs < since.getTime()) continue;
    const list = arrivals.get(m.to) ?? [];
    list.push({ at: m.acceptedAtRealMs });
    arrivals.set(m.to, list);
  }
  for (const list of [...recorded.values(), ...arrivals.values()]) list.sort((a, b) => a.at - b.at);
  const take = <T extends { at: number }>(list: T[] | undefined, after: number): T | undefined => {
    const i = list?.findIndex((o) => o.at >= after) ?? -1;
    return i < 0 ? undefined : list!.splice(i, 1)[0];
  };
  const queued: number[] = [];
  const atEndpoint: number[] = [];
  const replyKeys: Record<string, number> = {};
  const repliesHeldBack: Record<string, number> = {};
  const noReplyByDesign: Record<string, number> = {};
  const unansweredOutcomes: Record<string, number> = {};
  let lastReplyAt = 0;
  for (const m of inbound) {
    const t = m.receivedAt.getTime();
    // A text that needs no reply takes none: the next one is the answer to a later text.
    if (NO_REPLY_BY_DESIGN.some((pattern) => pattern.test(m.outcome))) {
      countBy(noReplyByDesign, m.outcome);
      continue;
    }
    const reply = take(recorded.get(String(m.person)), t);
    if (!reply) {
      countBy(unansweredOutcomes, m.outcome);
      continue;
    }
    queued.push(reply.at - t);
    countBy(replyKeys, reply.key);
    const held = heldBack.get(reply.id);
    if (held) {
      countBy(repliesHeldBack, held);
      continue;
    }
    const arrived = take(arrivals.get(m.from), t);
    if (arrived) {
      atEndpoint.push(arrived.at - t);
      lastReplyAt = Math.max(lastReplyAt, arrived.at);
    }
  }
  // Posted but never acted on: lost, whatever the cause.
  const notRecorded = load.posted.length - inbound.length;
  if (notRecorded > 0) unansweredOutcomes.not_recorded = notRecorded;
  const firstPost = Math.min(...load.posted.map((p) => p.sentAtMs));
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    recorded: inbound.length,
    unanswered: sum(unansweredOutcomes),
    unansweredOutcomes,
    noReplyByDesign,
    repliesHeldBack,
    replyKeys,
    webhookToReplyQueuedMs: summarise(queued),
    webhookToReplyAtEndpointMs: summarise(atEndpoint),
    repliesAtEndpointPerSecond: round1(atEndpoint.length / ((lastReplyAt - firstPost) / 1000)),
  };
}
