import { execFileSync, spawnSync } from 'node:child_process';

export class MissingPrerequisiteError extends Error {}

/** The command's path, if it is on PATH. */
export function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/**
 * Installs a Debian package with apt-get, as a fresh machine or CI needs; where that is not
 * possible (not root, no apt-get) the error says what to install by hand.
 */
export function installDebianPackage(name: string, howToFix: string): void {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) throw new MissingPrerequisiteError(howToFix);
  console.error(`[services] installing ${name} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', name], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
