import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { installDebianPackage, MissingPrerequisiteError } from './prerequisites';
import { startServerProcess, type ServerProcess } from './server-process';

/** The superuser initdb creates, and the database FerretDB keeps its collections in. */
const USER = 'shiftline';
const DATABASE = 'postgres';

/**
 * Test and dev data only: durability is traded for speed (a crash loses the cluster, which is
 * thrown away at stop anyway).
 */
const SETTINGS = [
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'max_connections=200',
  'shared_buffers=128MB',
];

/** postgres refuses to run as root; under root the cluster belongs to Debian's postgres user. */
interface RunAs {
  uid: number;
  gid: number;
}

function runAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** The newest installed major version's bin directory (Debian: /usr/lib/postgresql/<v>/bin). */
function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], 'bin');
}

function postgresBinDir(): string {
  const found = findBinDir();
  if (found) return found;
  installDebianPackage(
    'postgresql',
    'PostgreSQL is not installed: install it (Debian: apt-get install postgresql) or set MONGODB_URI.',
  );
  const installed = findBinDir();
  if (!installed)
    throw new MissingPrerequisiteError('apt-get install postgresql did not provide postgres.');
  return installed;
}

export interface PostgresCluster {
  server: ServerProcess;
  /** The URL FerretDB's pg handler connects to. */
  url: string;
}

/**
 * A private PostgreSQL cluster: initdb into its own directory (owned by the postgres user when
 * we run as root), started on a free loopback port with its socket in that directory.
 */
export async function startPostgres(dir: string): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const owner = runAs();
  // mkdtemp's directories are private to us; the cluster's must belong to whoever runs postgres.
  const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftline-postgres-'));
  const dataDir = path.join(clusterDir, 'data');
  if (owner) fs.chownSync(clusterDir, owner.uid, owner.gid);
  const asOwner = { ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } };
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', dataDir, '-U', USER, '--auth=trust', '--encoding=UTF8', '--no-sync'],
    { ...asOwner, stdio: 'ignore' },
  );
  const port = await freePort();
  const settings = SETTINGS.flatMap((s) => ['-c', s]);
  const server = await startServerProcess({
    name: 'postgres',
    command: path.join(bin, 'postgres'),
    args: ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', clusterDir, ...settings],
    port,
    dir,
    spawnOptions: owner,
    // SIGINT is postgres's fast shutdown; SIGTERM waits for every client to leave.
    stopSignal: 'SIGINT',
    removeOnStop: clusterDir,
  });
  return { server, url: `postgres://${USER}@127.0.0.1:${port}/${DATABASE}` };
}
