import type { Twilio } from 'twilio';
import type { Metrics } from './metrics';

/** A Twilio error code as a label; anything else (absent, forged) is one bounded value. */
export const errorCodeLabel = (code: unknown): string =>
  /^\d{1,6}$/.test(String(code ?? '')) ? String(code) : 'none';

/** The parts of an HTTP request (axios's config) that say what it was. */
interface SentRequest {
  method?: string;
  url?: string;
  data?: unknown;
}

const isMessageCreate = (config: SentRequest | undefined) =>
  config?.method?.toLowerCase() === 'post' && /\/Messages\.json$/.test(config.url ?? '');

const channelOf = (config: SentRequest) =>
  new URLSearchParams(typeof config.data === 'string' ? config.data : '')
    .get('To')
    ?.startsWith('whatsapp:')
    ? 'whatsapp'
    : 'sms';

/**
 * Counts the answers to "send this text" at the Twilio client's HTTP layer, whichever code
 * sent it: accepted (sent, by channel) or refused (failed at send, by Twilio's error code, the
 * HTTP status when it gave none, or `network`).
 */
export function observeTextSends(twilio: Twilio, metrics: Metrics): void {
  twilio.httpClient.axios.interceptors.response.use(
    (response) => {
      if (!isMessageCreate(response.config)) return response;
      if (response.status < 300) {
        metrics.textsSent.labels(channelOf(response.config)).inc();
      } else {
        const body = response.data as { code?: unknown } | string | undefined;
        const code = typeof body === 'object' ? body?.code : undefined;
        metrics.textsFailed
          .labels('send', code === undefined ? `http_${response.status}` : errorCodeLabel(code))
          .inc();
      }
      return response;
    },
    (error: { config?: SentRequest }) => {
      if (isMessageCreate(error.config)) metrics.textsFailed.labels('send', 'network').inc();
      throw error;
    },
  );
}

/** Counts a status callback that reports a text failed or undelivered, by its error code. */
export function countDeliveryFailure(
  metrics: Metrics,
  report: { MessageStatus?: unknown; ErrorCode?: unknown },
): void {
  if (report.MessageStatus !== 'failed' && report.MessageStatus !== 'undelivered') return;
  metrics.textsFailed.labels('delivery', errorCodeLabel(report.ErrorCode)).inc();
}
