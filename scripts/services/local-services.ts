import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { startServerProcess, type ServerProcess } from './server-process';

/**
 * The Redis and MongoDB-compatible servers Shiftline needs, for dev runs and tests.
 * REDIS_URL / MONGODB_URI win when set; otherwise private servers are started on free
 * loopback ports in a temp dir and stopped by stop().
 */
export interface LocalServices {
  redisUrl: string;
  mongoUri: string;
  /** Servers we started ourselves (empty when both came from the environment). */
  redis?: ServerProcess;
  mongo?: ServerProcess;
  describe(): string;
  stop(): Promise<void>;
}

export class MissingPrerequisiteError extends Error {}

const FERRETDB_INSTALLER = path.join(__dirname, 'install-ferretdb.sh');

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function redisServerBinary(): string {
  const existing = onPath('redis-server');
  if (existing) return existing;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new MissingPrerequisiteError(
      'redis-server is not installed: install it (Debian: apt-get install redis-server) or set REDIS_URL.',
    );
  }
  console.error('[services] installing redis-server with apt-get…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = onPath('redis-server');
  if (!installed)
    throw new MissingPrerequisiteError(
      'apt-get install redis-server did not provide redis-server.',
    );
  return installed;
}

function ferretdbBinary(): string {
  const result = spawnSync('bash', [FERRETDB_INSTALLER], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status === 3) {
    throw new MissingPrerequisiteError(
      'No MongoDB-compatible server: install Go 1.22+ (for FerretDB) or mongod, or set MONGODB_URI.',
    );
  }
  if (result.status !== 0) throw new Error(`installing FerretDB failed (exit ${result.status})`);
  return result.stdout.trim().split('\n').pop() as string;
}

async function startRedis(dir: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServerProcess({
    name: 'redis',
    command: redisServerBinary(),
    // No persistence: tests and dev keep nothing. noeviction, as BullMQ requires.
    args: [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--maxmemory-policy',
      'noeviction',
    ],
    port,
    dir,
  });
}

async function startMongoCompatible(dir: string): Promise<ServerProcess> {
  const port = await freePort();
  const mongod = onPath('mongod');
  if (mongod) {
    const dbPath = path.join(dir, 'mongod');
    fs.mkdirSync(dbPath);
    return startServerProcess({
      name: 'mongod',
      command: mongod,
      args: ['--port', String(port), '--bind_ip', '127.0.0.1', '--dbpath', dbPath],
      port,
      dir,
    });
  }
  const dataDir = path.join(dir, 'ferretdb');
  fs.mkdirSync(dataDir);
  return startServerProcess({
    name: 'ferretdb',
    command: ferretdbBinary(),
    args: [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      '--debug-addr=-',
      '--telemetry=disable',
      `--state-dir=${dataDir}`,
      '--log-level=warn',
    ],
    port,
    dir,
  });
}

export async function startLocalServices(
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalServices> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftline-services-'));
  let redis: ServerProcess | undefined;
  let mongo: ServerProcess | undefined;
  try {
    if (!env.REDIS_URL) redis = await startRedis(dir);
    if (!env.MONGODB_URI) mongo = await startMongoCompatible(dir);
  } catch (error) {
    await redis?.stop();
    throw error;
  }
  const redisUrl = env.REDIS_URL ?? `redis://127.0.0.1:${redis?.port}`;
  const mongoUri = env.MONGODB_URI ?? `mongodb://127.0.0.1:${mongo?.port}/shiftline`;
  return {
    redisUrl,
    mongoUri,
    redis,
    mongo,
    describe() {
      const origin = (server: ServerProcess | undefined) =>
        server ? `started ${server.name}, logs in ${dir}` : 'from the environment';
      return [
        `Redis   ${redisUrl} (${origin(redis)})`,
        `MongoDB ${mongoUri} (${origin(mongo)})`,
      ].join('\n');
    },
    async stop() {
      await Promise.all([redis?.stop(), mongo?.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
