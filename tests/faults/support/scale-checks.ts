import type { Runtime } from '../../../src/runtime';
import type { ApiMessage } from '../../../src/twilio-local';
import { withDeliveries } from '../../support/deliveries';
import type { DrillWorld } from './drill-world';

/** Per sender: texts sent, and the most that reached Twilio within any one second. */
export interface SenderPace {
  from: string;
  sent: number;
  busiestSecond: number;
  /** The same, by the pacer's grants (Redis's clock, SendOutcome.pacedAt). */
  busiestSecondGranted: number;
  /** Seconds from the sender's first create to its last. */
  spanSeconds: number;
  /** From grant to arrival at the endpoint (ms): median, 95th percentile, most. */
  lagMs: { p50: number; p95: number; max: number };
}

function lagOf(lags: number[]): SenderPace['lagMs'] {
  const sorted = [...lags].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

/** The most of these instants (ms) that fall in any window [t, t + 1000). */
export function busiestSecond(instants: number[]): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[last]! - sorted[first]! >= 1000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * How fast each sender sent, across every worker process: from the Twilio endpoint's record of
 * creates (when each reached it) and from the pacer's grants recorded with each send.
 */
export async function senderPaces(runtime: Runtime, attempts: ApiMessage[]): Promise<SenderPace[]> {
  const granted = await runtime.models.SendOutcome.find(
    { twilioSid: { $in: attempts.map((m) => m.sid) } },
    { from: 1, pacedAt: 1, twilioSid: 1 },
  ).lean();
  const arrival = new Map(attempts.map((m) => [m.sid, m.acceptedAtRealMs]));
  const senders = [...new Set(attempts.map((m) => m.from))].sort();
  return senders.map((from) => {
    const at = attempts.filter((m) => m.from === from).map((m) => m.acceptedAtRealMs);
    const grants = granted
      .filter((o) => o.from === from && o.pacedAt)
      .map((o) => o.pacedAt!.getTime());
    return {
      from,
      sent: at.length,
      busiestSecond: busiestSecond(at),
      busiestSecondGranted: busiestSecond(grants),
      spanSeconds: Math.round((Math.max(...at) - Math.min(...at)) / 100) / 10,
      lagMs: lagOf(
        granted
          .filter((o) => o.from === from && o.pacedAt && o.twilioSid)
          .map((o) => arrival.get(o.twilioSid!)! - o.pacedAt!.getTime()),
      ),
    };
  });
}

/** One counter's value (summed over its labels matching `labels`) from a /metrics page. */
export async function scrapeCounter(
  port: number,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const page = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  return page
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => wanted.every((label) => line.includes(label)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** What each of B's crowd was told about its offer: booked, or filled. */
export interface ToldOnce {
  seated: number;
  /** Seated people told "booked" exactly once, and nothing else about the offer. */
  seatedToldBookedOnce: number;
  /** Everyone else told "filled" exactly once, and nothing else about the offer. */
  othersToldFilledOnce: number;
  others: number;
  /** Those told anything else: what they were sent (keys) → how many people. */
  toldOtherwise: Record<string, number>;
}

const OUTCOME_KEYS = ['offer.accepted', 'offer.filled', 'offer.expired', 'programme.wait_listed'];

export async function toldOnce(runtime: Runtime, world: DrillWorld): Promise<ToldOnce> {
  const { Assignment, OutboundMessage } = runtime.models;
  const seated = new Set(
    (await Assignment.find({ shift: world.shiftB._id }).lean()).map((a) => a.person.toString()),
  );
  // What was handed to Twilio: a text held back as word for word the person's last is not.
  const records = (
    await withDeliveries(
      runtime.models,
      await OutboundMessage.find({ person: { $in: world.bPeople.map((p) => p._id) } }).lean(),
    )
  ).filter((r) => r.twilioSid);
  const keysOf = (person: string) =>
    records
      .filter((r) => r.person!.toString() === person && OUTCOME_KEYS.includes(r.key))
      .map((r) => r.key);
  const ids = world.bPeople.map((p) => p._id.toString());
  const one = (keys: string[], key: string) => keys.length === 1 && keys[0] === key;
  const toldOtherwise: Record<string, number> = {};
  for (const id of ids) {
    const keys = keysOf(id);
    if (one(keys, seated.has(id) ? 'offer.accepted' : 'offer.filled')) continue;
    const told = keys.sort().join(',') || 'nothing';
    toldOtherwise[told] = (toldOtherwise[told] ?? 0) + 1;
  }
  return {
    seated: seated.size,
    seatedToldBookedOnce: ids.filter((id) => seated.has(id) && one(keysOf(id), 'offer.accepted'))
      .length,
    othersToldFilledOnce: ids.filter((id) => !seated.has(id) && one(keysOf(id), 'offer.filled'))
      .length,
    others: ids.length - seated.size,
    toldOtherwise,
  };
}
