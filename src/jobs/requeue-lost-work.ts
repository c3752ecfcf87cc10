import type { Runtime } from '../runtime';
import { enqueueSend } from '../messaging/outbox';
import { enqueueInbound } from '../messaging/received-text';

/** Younger than this, a record's job may still be on its way to Redis. */
const SETTLING_MS = 30_000;
/** Older than this, a text is too stale to act on or send late. */
const STALE_MS = 24 * 3600_000;
const BATCH = 500;

type Deps = Pick<Runtime, 'models' | 'clock' | 'log' | 'inboundQueue' | 'outboundQueue'>;

/**
 * Queues again what MongoDB holds and Redis lost (a restart without persistence, a crash between
 * the insert and the queue add): texts received (a receipt) and never acted on (no
 * InboundMessage), and recorded texts never handed to Twilio, from the last day. Only a job that is missing is added, under its usual id, so a job
 * still waiting, running or failed for good is left alone.
 */
export async function requeueLostWork(deps: Deps): Promise<{ inbound: number; outbound: number }> {
  const now = deps.clock.now().getTime();
  const window = { $gte: new Date(now - STALE_MS), $lte: new Date(now - SETTLING_MS) };
  const { InboundReceipt, InboundMessage, OutboundMessage, SendOutcome } = deps.models;
  let inbound = 0;
  const [received, actedOn] = await Promise.all([
    InboundReceipt.find({ receivedAt: window }, { messageSid: 1 }).lean(),
    InboundMessage.find({ receivedAt: window }, { messageSid: 1 }).lean(),
  ]);
  const done = new Set(actedOn.map((m) => m.messageSid));
  const unanswered = received.filter((r) => !done.has(r.messageSid)).slice(0, BATCH);
  for (const { messageSid } of unanswered) {
    if (await deps.inboundQueue.getJob(`in-${messageSid}`)) continue;
    await enqueueInbound(deps.inboundQueue, { messageSid });
    inbound += 1;
  }
  let outbound = 0;
  const [recorded, outcomes] = await Promise.all([
    OutboundMessage.find({ createdAt: window }).lean(),
    SendOutcome.find({ at: { $gte: window.$gte } }, { _id: 1 }).lean(),
  ]);
  const handled = new Set(outcomes.map((o) => o._id.toString()));
  const unsent = recorded.filter((m) => !handled.has(m._id.toString())).slice(0, BATCH);
  for (const message of unsent) {
    if (await deps.outboundQueue.getJob(`send-${message._id.toString()}`)) continue;
    await enqueueSend(deps.outboundQueue, message, { recovered: true });
    outbound += 1;
  }
  if (inbound + outbound > 0) deps.log.warn({ inbound, outbound }, 'queued lost work again');
  return { inbound, outbound };
}
