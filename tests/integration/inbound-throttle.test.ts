import { closeRedis, createRedis } from '../../src/jobs/redis';
import { createInboundThrottle } from '../../src/messaging/inbound-throttle';
import { testConfig, testLogger } from '../support/env';

const HARBOUR = { organisation: 'harbour', timeZone: 'America/New_York' };
const PARKS = { organisation: 'parks', timeZone: 'America/New_York' };

describe('the inbound throttle on the test Redis', () => {
  const config = testConfig();
  const redis = createRedis(config.REDIS_URL, 'queue', testLogger(config));
  afterAll(() => closeRedis(redis));

  let n = 0;
  const text = (sender: string, at: string, messageSid = `SM${(n += 1)}`) => ({
    sender,
    messageSid,
    receivedAt: new Date(at),
  });

  it("answers a stranger once per organisation and local day, and the winning text's retry again", async () => {
    const throttle = createInboundThrottle(redis, config.QUEUE_PREFIX, 100);
    const first = text('+15550000001', '2026-11-23T14:00:00Z');
    const answered = async (t: ReturnType<typeof text>, to = HARBOUR) =>
      (await throttle.admit(t, to)).mayAnswerStranger;

    expect(await answered(first)).toBe(true);
    expect(await answered(text('+15550000001', '2026-11-23T15:00:00Z'))).toBe(false);
    // A job of the first text run again (it failed after the claim) still sends its reply.
    expect(await answered(first)).toBe(true);
    expect(await answered(text('+15550000001', '2026-11-23T15:01:00Z'), PARKS)).toBe(true);
    expect(await answered(text('whatsapp:+15550000001', '2026-11-23T15:02:00Z'))).toBe(true);
    // 11:30pm in New York is still Monday there; 5am UTC Tuesday is its next day.
    expect(await answered(text('+15550000001', '2026-11-24T04:30:00Z'))).toBe(false);
    expect(await answered(text('+15550000001', '2026-11-24T05:00:00Z'))).toBe(true);
  });

  it('counts texts per number and hour, flags those past the cap, and the first of them once', async () => {
    const throttle = createInboundThrottle(redis, config.QUEUE_PREFIX, 3);
    const admit = (sender: string, at: string) => throttle.admit(text(sender, at));
    const hour = await Promise.all(
      ['00', '10', '20', '30', '40', '50'].map((m) =>
        admit('+15550000002', `2026-11-23T14:${m}:00Z`),
      ),
    );
    expect(hour.map((a) => [a.overCap, a.firstOverCap]).sort()).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [true, false],
      [true, false],
      [true, true],
    ]);
    expect((await admit('+15550000003', '2026-11-23T14:59:00Z')).overCap).toBe(false);
    expect((await admit('+15550000002', '2026-11-23T15:00:00Z')).overCap).toBe(false);
  });

  it('answers no stranger past the cap, even the first text of its day', async () => {
    const throttle = createInboundThrottle(redis, config.QUEUE_PREFIX, 1);
    await throttle.admit(text('+15550000004', '2026-11-23T14:00:00Z'));
    const over = await throttle.admit(text('+15550000004', '2026-11-23T14:01:00Z'), HARBOUR);
    expect(over).toEqual({ overCap: true, firstOverCap: true, mayAnswerStranger: false });
  });
});
