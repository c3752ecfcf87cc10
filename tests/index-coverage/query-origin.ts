import { relative, resolve, sep } from 'node:path';

/** Where a query was issued: the innermost project function waiting on it. */
export interface QueryOrigin {
  /** `app`: code under src/ or flows/ (checked); `test`: the tests' own reads and cleanups. */
  issuer: 'app' | 'test';
  /** e.g. `src/engine/runtime/queries.ts (offersSince)`; `unknown` when the chain is lost. */
  where: string;
}

const ROOT = resolve(__dirname, '../..');
const SKIPPED = [/^tests\/index-coverage\//, /^src\/db\/command-monitor\.ts$/];
const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.+?):\d+:\d+\)?$/;

/**
 * Reads the current async stack, which V8 follows through every `await` (mongoose's thenable
 * queries and Promise.all included) up to the code that asked for the query.
 */
export function queryOrigin(): QueryOrigin {
  const { stackTraceLimit } = Error;
  Error.stackTraceLimit = 100;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = stackTraceLimit;
  for (const line of stack.split('\n').slice(1)) {
    const [, fn, file] = FRAME.exec(line) ?? [];
    if (!file || file.startsWith('node:') || file.includes(`${sep}node_modules${sep}`)) continue;
    const path = relative(ROOT, file).split(sep).join('/');
    if (path.startsWith('..') || SKIPPED.some((skip) => skip.test(path))) continue;
    const where = `${path} (${fn ?? 'anonymous'})`;
    return { issuer: /^(src|flows)\//.test(path) ? 'app' : 'test', where };
  }
  return { issuer: 'app', where: 'unknown' };
}
