import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startShiftline, type Shiftline } from '../../src/main';
import { testConfig, testLogger } from '../support/env';
import { eventually } from '../support/harness';

const ROOT = path.resolve(__dirname, '../..');

describe('the service process', () => {
  let shiftline: Shiftline;
  let base: string;

  beforeAll(async () => {
    const config = testConfig();
    shiftline = await startShiftline(config, testLogger(config));
    base = `http://127.0.0.1:${shiftline.web!.port}`;
  });
  afterAll(async () => {
    await shiftline.runtime.mongo.dropDatabase();
    await shiftline.stop();
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });

  it('answers /readyz 200 when MongoDB and Redis answer', async () => {
    // A load balancer polls readiness; each probe gives a server 1.5 s, which a test database
    // on a loaded 2-core machine can miss once, so the property is "ready within 10 s".
    const ready = await eventually(
      async () => {
        const res = await fetch(`${base}/readyz`);
        return { status: res.status, body: await res.json() };
      },
      (answer) => answer.status === 200,
      10_000,
    );
    expect(ready).toEqual({ status: 200, body: { status: 'ready', mongodb: 'ok', redis: 'ok' } });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'no route for GET /nope' });
  });
});

describe('readiness when Redis is down', () => {
  it('answers /readyz 503 and names Redis', async () => {
    const config = testConfig({ REDIS_URL: 'redis://127.0.0.1:1' });
    const shiftline = await startShiftline({ ...config, ROLE: 'web' }, testLogger(config));
    try {
      const res = await fetch(`http://127.0.0.1:${shiftline.web!.port}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as Record<string, string>;
      expect(body.mongodb).toBe('ok');
      expect(body.redis).toMatch(/^down/);
    } finally {
      await shiftline.runtime.mongo.dropDatabase();
      await shiftline.stop();
    }
  });
});

describe('start-up errors', () => {
  function runMain(env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }
  const good = {
    PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
    MONGODB_URI: 'mongodb://127.0.0.1:1/x',
    REDIS_URL: 'redis://127.0.0.1:1',
    TWILIO_ACCOUNT_SID: 'AC' + '0'.repeat(32),
    TWILIO_AUTH_TOKEN: 't',
    LOG_LEVEL: 'silent',
    MONGODB_CONNECT_ATTEMPTS: '2',
  };

  it('stops with one message naming a malformed MONGODB_URI and a missing TWILIO_AUTH_TOKEN', () => {
    const { TWILIO_AUTH_TOKEN: _omitted, ...rest } = good;
    const result = runMain({ ...rest, MONGODB_URI: 'localhost:27017' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Shiftline cannot start: bad configuration');
    expect(result.stderr).toContain(
      'MONGODB_URI: expected a mongodb:// or mongodb+srv:// URL (got "localhost:27017")',
    );
    expect(result.stderr).toContain('TWILIO_AUTH_TOKEN: required (missing)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with one message when MONGODB_URI points at no server', () => {
    const result = runMain(good);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^MongoDB is not reachable at mongodb:\/\/127\.0\.0\.1:1\/x after 2 attempts: /,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
