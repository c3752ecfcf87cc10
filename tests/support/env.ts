import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/log';

/** A name no other test file uses, for a database or a queue prefix. */
export function uniqueName(label: string): string {
  return `${label}_${randomBytes(4).toString('hex')}`;
}

/** The test servers' URIs with a database of this test file's own. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const mongo = new URL(process.env.MONGODB_URI!);
  mongo.pathname = `/${uniqueName('test')}`;
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
    MONGODB_URI: mongo.toString(),
    REDIS_URL: process.env.REDIS_URL,
    TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32),
    TWILIO_AUTH_TOKEN: 'test-auth-token',
    QUEUE_PREFIX: `{${uniqueName('t')}}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
  });
}

export function testLogger(config: Config): Logger {
  return createLogger({ ...config, LOG_FORMAT: 'json' });
}
