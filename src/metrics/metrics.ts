import { Counter, Histogram, Registry } from 'prom-client';
import { exposeMetrics } from './exposition';

const SHORT = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const LONG = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300];

/**
 * What this process measures, in a registry of its own (tests run several runtimes in one
 * process). Served as text by /metrics (src/http/metrics.ts) or the metrics port.
 */
export function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    /** The scrape: these and Node's process metrics, as Prometheus text. */
    expose: exposeMetrics(registry),
    jobDuration: new Histogram({
      name: 'shiftline_job_duration_seconds',
      help: 'Time a queue job ran, by queue and outcome (completed, failed: will retry or gave up)',
      labelNames: ['queue', 'outcome'] as const,
      buckets: LONG,
      registers,
    }),
    timerLateness: new Histogram({
      name: 'shiftline_timer_lateness_seconds',
      help: 'How long after its due time a timer job (reminder, expiry, no-show check) started',
      buckets: LONG,
      registers,
    }),
    dbCommandDuration: new Histogram({
      name: 'shiftline_db_command_duration_seconds',
      help: 'Database commands, by collection and command (find, update…) and outcome (ok, failed)',
      labelNames: ['collection', 'command', 'outcome'] as const,
      buckets: SHORT,
      registers,
    }),
    webhookDuration: new Histogram({
      name: 'shiftline_webhook_duration_seconds',
      help: "Time to answer Twilio's webhooks (messages, status), by HTTP status",
      labelNames: ['webhook', 'status'] as const,
      buckets: SHORT,
      registers,
    }),
    textsSent: new Counter({
      name: 'shiftline_texts_sent_total',
      help: 'Texts Twilio accepted, by channel (sms, whatsapp)',
      labelNames: ['channel'] as const,
      registers,
    }),
    textsFailed: new Counter({
      name: 'shiftline_texts_failed_total',
      help: 'Texts that failed, by stage (send: Twilio refused the request; delivery: a status callback said failed or undelivered) and Twilio error code',
      labelNames: ['stage', 'error_code'] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
