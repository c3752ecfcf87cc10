import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { startPostgres } from './postgres';
import { installDebianPackage, MissingPrerequisiteError, onPath } from './prerequisites';
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
  /** The MongoDB wire-protocol server (FerretDB, or mongod where installed). */
  mongo?: ServerProcess;
  /** What FerretDB keeps its data in: a private PostgreSQL cluster. */
  postgres?: ServerProcess;
  describe(): string;
  stop(): Promise<void>;
}

export { MissingPrerequisiteError };

const FERRETDB_INSTALLER = path.join(__dirname, 'install-ferretdb.sh');

function redisServerBinary(): string {
  const existing = onPath('redis-server');
  if (existing) return existing;
  installDebianPackage(
    'redis-server',
    'redis-server is not installed: install it (Debian: apt-get install redis-server) or set REDIS_URL.',
  );
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

interface MongoCompatible {
  server: ServerProcess;
  /** The server it stores its data in, if another. */
  behind?: ServerProcess;
}

async function startMongoCompatible(dir: string): Promise<MongoCompatible> {
  const port = await freePort();
  const mongod = onPath('mongod');
  if (mongod) {
    const dbPath = path.join(dir, 'mongod');
    fs.mkdirSync(dbPath);
    const server = await startServerProcess({
      name: 'mongod',
      command: mongod,
      args: ['--port', String(port), '--bind_ip', '127.0.0.1', '--dbpath', dbPath],
      port,
      dir,
    });
    return { server };
  }
  // FerretDB in front of a private PostgreSQL: its SQLite backend decodes every document of a
  // collection for any query but one by _id, and fails with SQLITE_BUSY under bursts.
  const postgres = await startPostgres(dir);
  const stateDir = path.join(dir, 'ferretdb');
  fs.mkdirSync(stateDir);
  try {
    const ferretdb = await startServerProcess({
      name: 'ferretdb',
      command: ferretdbBinary(),
      args: [
        '--handler=pg',
        `--postgresql-url=${postgres.url}`,
        `--listen-addr=127.0.0.1:${port}`,
        '--debug-addr=-',
        '--telemetry=disable',
        `--state-dir=${stateDir}`,
        '--log-level=warn',
      ],
      port,
      dir,
    });
    return { server: ferretdb, behind: postgres.server };
  } catch (error) {
    await postgres.server.stop();
    throw error;
  }
}

export async function startLocalServices(
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalServices> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftline-services-'));
  let redis: ServerProcess | undefined;
  let database: MongoCompatible | undefined;
  try {
    if (!env.REDIS_URL) redis = await startRedis(dir);
    if (!env.MONGODB_URI) database = await startMongoCompatible(dir);
  } catch (error) {
    await redis?.stop();
    throw error;
  }
  const mongo = database?.server;
  const postgres = database?.behind;
  const redisUrl = env.REDIS_URL ?? `redis://127.0.0.1:${redis?.port}`;
  const mongoUri = env.MONGODB_URI ?? `mongodb://127.0.0.1:${mongo?.port}/shiftline`;
  return {
    redisUrl,
    mongoUri,
    redis,
    mongo,
    postgres,
    describe() {
      const origin = (server: ServerProcess | undefined) =>
        server ? `started ${server.name}, logs in ${dir}` : 'from the environment';
      const store = postgres ? ` on PostgreSQL port ${postgres.port}` : '';
      return [
        `Redis   ${redisUrl} (${origin(redis)})`,
        `MongoDB ${mongoUri} (${origin(mongo)}${store})`,
      ].join('\n');
    },
    async stop() {
      await Promise.all([redis?.stop(), mongo?.stop()]);
      await postgres?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
