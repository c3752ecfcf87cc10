import type { Redis } from 'ioredis';

/**
 * Grants a sender's next send once Redis's clock has reached its next allowed instant, and moves
 * that instant one interval past the grant. Grants are therefore at least one interval apart on
 * one clock, however many worker processes ask and however late their timers fire.
 * Returns [0, grantedAtMs] when granted, or [waitMs, 0] to ask again later.
 */
const TRY_GRANT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local nextAllowed = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < nextAllowed then return { nextAllowed - now, 0 } end
redis.call('SET', KEYS[1], now + interval, 'PX', interval * 2)
return { 0, now }
`;

export interface SenderPacer {
  /** Waits until this sender may send; returns when it was granted (Redis clock, ms). */
  waitForSlot(sender: string): Promise<number>;
}

export function createSenderPacer(
  redis: Redis,
  keyPrefix: string,
  messagesPerSecond: number,
): SenderPacer {
  const intervalMs = Math.ceil(1000 / messagesPerSecond);
  return {
    async waitForSlot(sender) {
      for (;;) {
        const [waitMs, grantedAt] = (await redis.eval(
          TRY_GRANT,
          1,
          `${keyPrefix}:pace:${sender}`,
          intervalMs,
        )) as [number, number];
        if (waitMs === 0) return grantedAt;
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    },
  };
}
