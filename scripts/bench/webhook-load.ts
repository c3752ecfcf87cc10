import autocannon from 'autocannon';
import twilio from 'twilio';
import { newSid } from '../../src/twilio-local/twilio-format';

/** One text a load run posts: who sent it and when the request was built (ms). */
export interface Posted {
  messageSid: string;
  from: string;
  sentAtMs: number;
}

export interface LoadOptions {
  url: string;
  authToken: string;
  accountSid: string;
  to: string;
  connections: number;
  /** Requests per second across all connections; absent: as fast as the server answers. */
  rate?: number;
  /** The number of requests to post. */
  amount: number;
  /** The n-th request's sender and body. */
  message(n: number): { from: string; body: string };
}

export interface LoadResult {
  posted: Posted[];
  requestsPerSecond: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  httpLatencyMs: { median: number; p99: number; max: number };
  durationS: number;
}

/**
 * Posts signed, Twilio-shaped incoming-message webhooks with autocannon: each request gets
 * its own MessageSid, sender and body, signed with the SDK's getExpectedTwilioSignature over
 * the URL and the form, as Twilio does.
 */
export async function postWebhooks(o: LoadOptions): Promise<LoadResult> {
  const posted: Posted[] = [];
  let n = 0;
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    amount: o.amount,
    ...(o.rate && { overallRate: o.rate }),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { from, body } = o.message(n);
          n += 1;
          const messageSid = newSid();
          const params: Record<string, string> = {
            SmsMessageSid: messageSid,
            NumMedia: '0',
            SmsSid: messageSid,
            SmsStatus: 'received',
            Body: body,
            To: o.to,
            NumSegments: '1',
            MessageSid: messageSid,
            AccountSid: o.accountSid,
            From: from,
            ApiVersion: '2010-04-01',
          };
          posted.push({ messageSid, from, sentAtMs: Date.now() });
          return {
            ...request,
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
              'x-twilio-signature': twilio.getExpectedTwilioSignature(o.authToken, o.url, params),
            },
            body: new URLSearchParams(params).toString(),
          };
        },
      },
    ],
  });
  return {
    posted,
    requestsPerSecond: Math.round((result['2xx'] / result.duration) * 10) / 10,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    httpLatencyMs: {
      median: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    durationS: Math.round(result.duration * 10) / 10,
  };
}
