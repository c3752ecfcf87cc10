import { signRecordToken, verifyRecordToken } from '../../../src/record/record-link';

const config = {
  PUBLIC_BASE_URL: 'https://sms.example.org',
  RECORD_LINK_SECRET: 'a'.repeat(32),
  RECORD_LINK_DAYS: 7,
  TWILIO_AUTH_TOKEN: 'token',
};
const ID = '5f8d0c3e2a1b4c6d7e8f9a0b';

describe('record link tokens', () => {
  it('verifies a token it signed, and names its link', () => {
    expect(verifyRecordToken(config, signRecordToken(config, ID))).toBe(ID);
  });

  it('refuses another secret, another id, and anything not shaped like a token', () => {
    const token = signRecordToken(config, ID);
    expect(
      verifyRecordToken({ ...config, RECORD_LINK_SECRET: 'b'.repeat(32) }, token),
    ).toBeUndefined();
    expect(verifyRecordToken(config, token.replace(ID, ID.replace('5', '6')))).toBeUndefined();
    for (const bad of ['', ID, `${ID}.`, `${token}=`, token.toUpperCase(), `../${token}`]) {
      expect(verifyRecordToken(config, bad)).toBeUndefined();
    }
  });

  it('signs with a key derived from the Twilio auth token when no secret is set', () => {
    const { RECORD_LINK_SECRET: _unset, ...derived } = config;
    const token = signRecordToken(derived, ID);
    expect(verifyRecordToken(derived, token)).toBe(ID);
    expect(verifyRecordToken(config, token)).toBeUndefined();
    expect(verifyRecordToken({ ...derived, TWILIO_AUTH_TOKEN: 'other' }, token)).toBeUndefined();
  });
});
