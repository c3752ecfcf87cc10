import type { Redis } from 'ioredis';

/**
 * A sender's turn, on Redis's clock, shared by every worker process. Texts wait in one line per
 * sender, ordered by `order` (priority, then when queued); the first in line is granted once
 * Redis's clock has reached the sender's next allowed instant and the sender has no create in
 * flight, and the instant moves one interval past the grant.
 *
 * Twilio counts a sender's texts as they arrive. One create in flight at a time means a send
 * starts only after Twilio has answered the one before, so however late a busy process lets a
 * request out, or however long Twilio takes to read it, no second at Twilio holds more than
 * rate + 1 of a sender's texts (the previous one's arrival precedes this grant, and grants are
 * an interval apart).
 * A waiter not seen for STALE_MS (its process died) leaves the line; an in-flight mark lapses
 * after IN_FLIGHT_MS.
 * Returns [granted (1 or 0), now, waitMs, ahead]: when not granted, an estimate of the wait and
 * how many are before it in line.
 */
const TAKE_TURN = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local member, order, interval = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local stale, inFlightMs = tonumber(ARGV[4]), tonumber(ARGV[5])
local line, seen, nextKey, flying = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', seen, '-inf', now - stale)) do
  redis.call('ZREM', line, gone)
  redis.call('ZREM', seen, gone)
end
redis.call('ZREMRANGEBYSCORE', flying, '-inf', now)
redis.call('ZADD', line, 'NX', order, member)
redis.call('ZADD', seen, now, member)
redis.call('PEXPIRE', line, stale * 2)
redis.call('PEXPIRE', seen, stale * 2)
local ahead = redis.call('ZRANK', line, member)
local nextAllowed = tonumber(redis.call('GET', nextKey) or '0')
if ahead == 0 and now >= nextAllowed and redis.call('ZCARD', flying) == 0 then
  redis.call('ZREM', line, member)
  redis.call('ZREM', seen, member)
  redis.call('SET', nextKey, now + interval, 'PX', interval * 2)
  redis.call('ZADD', flying, now + inFlightMs, member)
  redis.call('PEXPIRE', flying, inFlightMs)
  return { 1, now, 0, 0 }
end
return { 0, now, math.max(nextAllowed - now, 0) + ahead * interval, ahead }
`;

/** The create is answered, or failed: the sender's next text may go. */
const LAND = `redis.call('ZREM', KEYS[1], ARGV[1]) return 0`;
/** The waiter leaves the line (held back for later). */
const LEAVE = `redis.call('ZREM', KEYS[1], ARGV[1]) redis.call('ZREM', KEYS[2], ARGV[1]) return 0`;

/** A waiter that has not asked again for this long is gone (its process died). */
const STALE_MS = 5_000;
/** A create not reported answered within this long no longer holds the sender back. */
const IN_FLIGHT_MS = 15_000;
/** How often the first in line asks again while the text before it is in flight. */
const POLL_MS = 5;

export type Turn =
  /** Send now; call landed() once Twilio has answered (or the create failed). */
  | { grantedAt: number; landed(): Promise<void> }
  /** The turn is not next, or further off than holdMs: come back about then (Redis's clock). */
  | { comeBackAt: number };

export interface TurnRequest {
  /** Who waits (a send job's id): one place in line each. */
  member: string;
  /** Lower goes first: see sendOrder. */
  order: number;
  /** Gives up its place, instead of waiting, when its turn is further off than this. */
  holdMs: number;
}

export interface SenderPacer {
  /** Waits for this sender's turn, or says how far off it is. Times are Redis's (ms). */
  takeTurn(sender: string, request: TurnRequest): Promise<Turn>;
}

/** A text's place in its sender's line: its queue priority first, then when it was queued. */
export function sendOrder(priority: number, queuedAtMs: number): number {
  return priority * 1e13 + queuedAtMs;
}

export function createSenderPacer(
  redis: Redis,
  keyPrefix: string,
  messagesPerSecond: number,
): SenderPacer {
  const intervalMs = Math.ceil(1000 / messagesPerSecond);
  const keys = (sender: string) => {
    const base = `${keyPrefix}:pace:${sender}`;
    return { line: `${base}:line`, seen: `${base}:seen`, next: base, flying: `${base}:flying` };
  };
  return {
    async takeTurn(sender, { member, order, holdMs }) {
      const k = keys(sender);
      for (;;) {
        const [granted, now, waitMs, ahead] = (await redis.eval(
          TAKE_TURN,
          4,
          k.line,
          k.seen,
          k.next,
          k.flying,
          member,
          order,
          intervalMs,
          STALE_MS,
          IN_FLIGHT_MS,
        )) as [number, number, number, number];
        if (granted === 1) {
          return {
            grantedAt: now,
            landed: async () => {
              await redis.eval(LAND, 1, k.flying, member);
            },
          };
        }
        // The first two in line wait here, so the next is ready when the sender is free; the
        // others make way for other senders' texts and come back about when they are second.
        if (waitMs > holdMs || ahead > 1) {
          await redis.eval(LEAVE, 2, k.line, k.seen, member);
          return { comeBackAt: now + Math.max(waitMs - intervalMs, intervalMs) };
        }
        const step = ahead === 0 ? Math.max(waitMs, POLL_MS) : Math.min(waitMs, intervalMs);
        await new Promise((resolve) => setTimeout(resolve, Math.max(step, POLL_MS)));
      }
    },
  };
}
