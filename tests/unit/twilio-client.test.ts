import twilio from 'twilio';
import { createTwilioClient, redirect } from '../../src/messaging/twilio-client';

const credentials = { TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32), TWILIO_AUTH_TOKEN: 'token' };

describe('createTwilioClient', () => {
  it('rewrites scheme and host to TWILIO_API_URL, keeping path and query', () => {
    const uri = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?PageSize=5';
    expect(redirect(uri, new URL('http://127.0.0.1:4010'))).toBe(
      'http://127.0.0.1:4010/2010-04-01/Accounts/AC1/Messages.json?PageSize=5',
    );
    expect(redirect(uri, new URL('http://127.0.0.1:4010/twilio/'))).toBe(
      'http://127.0.0.1:4010/twilio/2010-04-01/Accounts/AC1/Messages.json?PageSize=5',
    );
  });

  it('uses a RequestClient subclass only when TWILIO_API_URL is set', () => {
    const local = createTwilioClient({ ...credentials, TWILIO_API_URL: 'http://127.0.0.1:4010' });
    expect(local.httpClient).toBeInstanceOf(twilio.RequestClient);
    expect(local.httpClient?.constructor.name).toBe('RedirectingRequestClient');
    const real = createTwilioClient(credentials);
    expect(real.httpClient?.constructor).toBe(twilio.RequestClient);
  });
});
