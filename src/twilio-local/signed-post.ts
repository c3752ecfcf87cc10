import twilio from 'twilio';

const POST_TIMEOUT_MS = 10_000;

export interface PostResult {
  status: number;
  body: string;
}

/**
 * POSTs a form the way Twilio calls a webhook: form-encoded, with X-Twilio-Signature computed
 * by the SDK itself over the URL and the params. Aborts when `signal` does (the server stops).
 */
export async function postSigned(
  url: string,
  params: Record<string, string>,
  authToken: string,
  signal: AbortSignal,
): Promise<PostResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
      'user-agent': 'TwilioProxy/1.1',
    },
    body: new URLSearchParams(params).toString(),
    signal: AbortSignal.any([signal, AbortSignal.timeout(POST_TIMEOUT_MS)]),
  });
  return { status: response.status, body: await response.text() };
}
