import type { Runtime } from '../runtime';
import { enqueueSend } from '../messaging/outbox';

/** Younger than this, a record's job may still be on its way to Redis. */
const SETTLING_MS = 30_000;
/** Older than this, a text is too stale to act on or send late. */
const STALE_MS = 24 * 3600_000;
const BATCH = 500;

type Deps = Pick<Runtime, 'models' | 'clock' | 'log' | 'inboundQueue' | 'outboundQueue'>;

/**
 * Queues again what MongoDB holds and Redis lost (a restart without persistence, a crash between
 * the insert and the queue add): inbound texts never acted on and recorded texts never handed to
 * Twilio, from the last day. Only a job that is missing is added, under its usual id, so a job
 * still waiting, running or failed for good is left alone.
 */
export async function requeueLostWork(deps: Deps): Promise<{ inbound: number; outbound: number }> {
  const now = deps.clock.now().getTime();
  const window = { $gte: new Date(now - STALE_MS), $lte: new Date(now - SETTLING_MS) };
  const { InboundMessage, OutboundMessage } = deps.models;
  let inbound = 0;
  const unanswered = await InboundMessage.find(
    { outcome: { $exists: false }, receivedAt: window },
    { messageSid: 1 },
  )
    .limit(BATCH)
    .lean();
  for (const { messageSid } of unanswered) {
    const jobId = `in-${messageSid}`;
    if (await deps.inboundQueue.getJob(jobId)) continue;
    await deps.inboundQueue.add('inbound', { messageSid }, { jobId });
    inbound += 1;
  }
  let outbound = 0;
  const unsent = await OutboundMessage.find(
    {
      status: 'pending',
      twilioSid: { $exists: false },
      suppressed: { $exists: false },
      createdAt: window,
    },
    { urgent: 1 },
  )
    .limit(BATCH)
    .lean();
  for (const message of unsent) {
    const id = message._id.toString();
    if (await deps.outboundQueue.getJob(`send-${id}`)) continue;
    await enqueueSend(deps.outboundQueue, id, message.urgent ?? false);
    outbound += 1;
  }
  if (inbound + outbound > 0) deps.log.warn({ inbound, outbound }, 'queued lost work again');
  return { inbound, outbound };
}
