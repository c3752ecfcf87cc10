import type { RequestHandler } from 'express';
import type { Metrics } from './metrics';
import { countDeliveryFailure } from './text-outcomes';

const WEBHOOKS: Record<string, string> = { '/messages': 'messages', '/status': 'status' };

/**
 * Mounted on /webhooks/twilio ahead of the webhooks: times each answer and, once a status
 * callback is accepted (its signature checked, its form parsed), counts a reported failure.
 */
export function observeWebhooks(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const webhook = WEBHOOKS[req.path] ?? 'other';
    res.once('finish', () => {
      metrics.webhookDuration
        .labels(webhook, String(res.statusCode))
        .observe((performance.now() - started) / 1000);
      if (webhook === 'status' && res.statusCode < 300 && typeof req.body === 'object') {
        countDeliveryFailure(metrics, req.body as Record<string, unknown>);
      }
    });
    next();
  };
}
