import { ConfigError, loadConfig } from '../../src/config';

const valid = {
  PUBLIC_BASE_URL: 'https://sms.example.org',
  MONGODB_URI: 'mongodb://127.0.0.1:27017/shiftline',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32),
  TWILIO_AUTH_TOKEN: 'secret',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      ROLE: 'all',
      PORT: 3000,
      QUEUE_PREFIX: '{shiftline}',
      SEND_RATE_PER_SECOND: 1,
    });
    expect(config.TWILIO_API_URL).toBeUndefined();
  });

  it('trusts no proxy unless told how many hops, and limits the API by default', () => {
    expect(loadConfig(valid)).toMatchObject({
      TRUST_PROXY_HOPS: 0,
      API_RATE_LIMIT_PER_MINUTE: 600,
      API_AUTH_FAILURES_PER_15_MINUTES: 30,
    });
    expect(loadConfig({ ...valid, TRUST_PROXY_HOPS: '2' }).TRUST_PROXY_HOPS).toBe(2);
    expect(problemsOf({ ...valid, TRUST_PROXY_HOPS: 'true' })).toEqual([
      'TRUST_PROXY_HOPS: Invalid input: expected number, received NaN (got "true")',
    ]);
  });

  it('caps the texts acted on per number and hour at 60 by default, and only at a positive count', () => {
    expect(loadConfig(valid).INBOUND_PER_NUMBER_PER_HOUR).toBe(60);
    expect(
      loadConfig({ ...valid, INBOUND_PER_NUMBER_PER_HOUR: '5' }).INBOUND_PER_NUMBER_PER_HOUR,
    ).toBe(5);
    expect(problemsOf({ ...valid, INBOUND_PER_NUMBER_PER_HOUR: '0' })).toEqual([
      'INBOUND_PER_NUMBER_PER_HOUR: Too small: expected number to be >0 (got "0")',
    ]);
  });

  describe('dev mode, which signs anyone in as any organisation', () => {
    const dev = { ...valid, PUBLIC_BASE_URL: 'http://127.0.0.1:3000', DEV_MODE: 'true' };

    it('is refused in production', () => {
      expect(problemsOf({ ...dev, NODE_ENV: 'production' })).toEqual([
        'DEV_MODE: must not be true unless NODE_ENV=development is set (NODE_ENV is production) (got "true")',
      ]);
    });

    it('is refused when NODE_ENV is unset, though NODE_ENV defaults to development', () => {
      expect(loadConfig(valid).NODE_ENV).toBe('development');
      expect(problemsOf(dev)).toEqual([
        'DEV_MODE: must not be true unless NODE_ENV=development is set (NODE_ENV is unset) (got "true")',
      ]);
      expect(problemsOf({ ...dev, NODE_ENV: 'test' })).toHaveLength(1);
    });

    it('is refused unless PUBLIC_BASE_URL is on this machine', () => {
      expect(
        problemsOf({ ...dev, NODE_ENV: 'development', PUBLIC_BASE_URL: 'https://sms.example.org' }),
      ).toEqual([
        'PUBLIC_BASE_URL: must be on localhost, 127.0.0.1 or [::1] when DEV_MODE is true (got "https://sms.example.org")',
      ]);
      expect(
        problemsOf({ ...dev, NODE_ENV: 'development', PUBLIC_BASE_URL: 'http://127.0.0.1.nip.io' }),
      ).toHaveLength(1);
    });

    it('is on with NODE_ENV=development set and a loopback URL, listening on 127.0.0.1', () => {
      for (const base of ['http://127.0.0.1:3000', 'http://localhost:3000', 'https://[::1]:8443'])
        expect(
          loadConfig({ ...dev, NODE_ENV: 'development', PUBLIC_BASE_URL: base }),
        ).toMatchObject({ DEV_MODE: true, NODE_ENV: 'development', HOST: '127.0.0.1' });
    });

    it('listens on no address other than a loopback one', () => {
      expect(loadConfig({ ...dev, NODE_ENV: 'development', HOST: '::1' }).HOST).toBe('::1');
      expect(problemsOf({ ...dev, NODE_ENV: 'development', HOST: '0.0.0.0' })).toEqual([
        'HOST: must be 127.0.0.1, ::1 or localhost when DEV_MODE is true (got "0.0.0.0")',
      ]);
    });
  });

  it('listens on every interface outside dev mode unless HOST is set', () => {
    expect(loadConfig(valid).HOST).toBeUndefined();
    expect(loadConfig({ ...valid, HOST: '10.0.0.5' }).HOST).toBe('10.0.0.5');
  });

  it('reads the console origins as a comma-separated list of origins', () => {
    expect(loadConfig(valid).CONSOLE_ORIGINS).toEqual([]);
    expect(
      loadConfig({
        ...valid,
        CONSOLE_ORIGINS: 'https://console.example.org, http://localhost:8080/',
      }).CONSOLE_ORIGINS,
    ).toEqual(['https://console.example.org', 'http://localhost:8080']);
    expect(problemsOf({ ...valid, CONSOLE_ORIGINS: 'https://console.example.org/app' })).toEqual([
      'CONSOLE_ORIGINS: expected http(s) origins without a path, such as https://console.example.org (got "https://console.example.org/app")',
    ]);
    expect(problemsOf({ ...valid, CONSOLE_ORIGINS: 'console.example.org' })).toHaveLength(1);
  });

  it('names every bad variable in one error', () => {
    const problems = problemsOf({
      ...valid,
      MONGODB_URI: 'postgres://x',
      TWILIO_AUTH_TOKEN: undefined,
      ROLE: 'both',
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(
      /MONGODB_URI: expected a mongodb:\/\/ or mongodb\+srv:\/\/ URL \(got "postgres:\/\/x"\)/,
    );
    expect(problems.join('\n')).toMatch(/TWILIO_AUTH_TOKEN: required \(missing\)/);
    expect(problems.join('\n')).toMatch(/ROLE: expected web, worker or all/);
  });

  it('never prints the auth token it rejects', () => {
    const problems = problemsOf({ ...valid, TWILIO_AUTH_TOKEN: '' });
    expect(problems.join('\n')).toContain('TWILIO_AUTH_TOKEN: required (got (hidden))');
  });

  it('rejects a queue prefix that is not a Redis Cluster hash tag', () => {
    expect(problemsOf({ ...valid, QUEUE_PREFIX: 'shiftline' })[0]).toMatch(
      /QUEUE_PREFIX: expected a Redis Cluster hash tag/,
    );
  });

  it('reads an optional Twilio-compatible API URL', () => {
    expect(loadConfig({ ...valid, TWILIO_API_URL: 'http://127.0.0.1:4010' }).TWILIO_API_URL).toBe(
      'http://127.0.0.1:4010',
    );
    expect(problemsOf({ ...valid, TWILIO_API_URL: 'nope' })[0]).toMatch(/^TWILIO_API_URL/);
  });
});
