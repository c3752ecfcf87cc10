import twilio, { type Twilio } from 'twilio';
import type IRequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';
import type { Config } from '../config';

/**
 * Sends every SDK request to another base URL (the local Twilio-compatible endpoint) instead of
 * https://api.twilio.com, keeping the path and query. The SDK builds absolute URIs before it
 * calls its httpClient, so the rewrite has to happen here.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(
    private readonly apiUrl: URL,
    options?: IRequestClient.RequestClientOptions,
  ) {
    super(options);
  }

  override request<TData>(opts: IRequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request({ ...opts, uri: redirect(opts.uri, this.apiUrl) });
  }
}

/** "https://api.twilio.com/2010-04-01/X?y" + "http://127.0.0.1:4010" → "http://127.0.0.1:4010/2010-04-01/X?y". */
export function redirect(uri: string, apiUrl: URL): string {
  const original = new URL(uri);
  const prefix = apiUrl.pathname.replace(/\/$/, '');
  return `${apiUrl.origin}${prefix}${original.pathname}${original.search}`;
}

/** The Twilio SDK, talking to TWILIO_API_URL when it is set. */
export function createTwilioClient(
  config: Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_API_URL'>,
): Twilio {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken } = config;
  if (!config.TWILIO_API_URL) return twilio(accountSid, authToken);
  const httpClient = new RedirectingRequestClient(new URL(config.TWILIO_API_URL));
  return twilio(accountSid, authToken, { httpClient });
}
