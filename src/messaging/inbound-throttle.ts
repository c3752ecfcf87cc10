import type { Redis } from 'ioredis';
import { wallTime } from '../domain/zoned-time';

const HOUR_MS = 3_600_000;
const HOUR_S = 3_600;
/** An organisation's day is at most 25 hours; the claim outlives it. */
const DAY_CLAIM_S = 2 * 24 * 3_600;

/**
 * Counts the sender's text in this hour's window and, for a stranger, claims the one answer the
 * organisation gives that number today. The claim holds the MessageSid of the text that won it,
 * so a retried job of that text still answers (its reply's dedupe key keeps it to one), and no
 * other text does. Returns { count, 1 when this text may answer the stranger }.
 * KEYS[1]: the count; KEYS[2] (strangers only): the day's claim.
 * ARGV: cap, count TTL (s), MessageSid, claim TTL (s).
 */
const ADMIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) or #KEYS < 2 then return { count, 0 } end
if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'EX', ARGV[4]) then return { count, 1 } end
if redis.call('GET', KEYS[2]) == ARGV[3] then return { count, 1 } end
return { count, 0 }
`;

export interface InboundAdmission {
  /** Past the sender's hourly cap: the text is recorded and nothing more. */
  overCap: boolean;
  /** The first text past the cap in this window: the one to log. */
  firstOverCap: boolean;
  /** This text is the one a stranger is answered today (asked for in `stranger`). */
  mayAnswerStranger: boolean;
}

export interface InboundText {
  /** As Twilio writes From: "+1…" or "whatsapp:+1…". */
  sender: string;
  messageSid: string;
  receivedAt: Date;
}

export interface InboundThrottle {
  /**
   * One Redis call per text. `stranger`: the organisation that would answer a number it does not
   * know, once a day in its own time zone. Without Redis every text is admitted and answered.
   */
  admit(
    text: InboundText,
    stranger?: { organisation: { toString(): string }; timeZone: string },
  ): Promise<InboundAdmission>;
}

export function createInboundThrottle(
  redis: Redis,
  prefix: string,
  textsPerHour: number,
): InboundThrottle {
  return {
    async admit(text, stranger) {
      const hour = Math.floor(text.receivedAt.getTime() / HOUR_MS);
      const keys = [`${prefix}:inbound-texts:${text.sender}:${hour}`];
      if (stranger) {
        const { year, month, day } = wallTime(text.receivedAt, stranger.timeZone);
        const date = `${year}-${month}-${day}`;
        keys.push(
          `${prefix}:stranger-answered:${stranger.organisation.toString()}:${text.sender}:${date}`,
        );
      }
      try {
        const [count, answers] = (await redis.eval(
          ADMIT,
          keys.length,
          ...keys,
          textsPerHour,
          HOUR_S,
          text.messageSid,
          DAY_CLAIM_S,
        )) as [number, number];
        return {
          overCap: count > textsPerHour,
          firstOverCap: count === textsPerHour + 1,
          mayAnswerStranger: answers === 1,
        };
      } catch {
        return { overCap: false, firstOverCap: false, mayAnswerStranger: Boolean(stranger) };
      }
    },
  };
}
