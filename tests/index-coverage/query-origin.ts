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

/** The call sites of the current async stack, unformatted (formatting maps source maps: slow). */
function callSites(): NodeJS.CallSite[] {
  const { stackTraceLimit, prepareStackTrace } = Error;
  Error.stackTraceLimit = 100;
  Error.prepareStackTrace = (_error, sites) => sites;
  const sites = new Error().stack as unknown;
  Error.stackTraceLimit = stackTraceLimit;
  Error.prepareStackTrace = prepareStackTrace;
  return Array.isArray(sites) ? (sites as NodeJS.CallSite[]) : [];
}

/**
 * Reads the current async stack, which V8 follows through every `await` (mongoose's thenable
 * queries and Promise.all included) up to the code that asked for the query.
 */
export function queryOrigin(): QueryOrigin {
  for (const site of callSites()) {
    const file = site.getFileName();
    if (!file || file.startsWith('node:') || file.includes(`${sep}node_modules${sep}`)) continue;
    const path = relative(ROOT, file).split(sep).join('/');
    if (path.startsWith('..') || SKIPPED.some((skip) => skip.test(path))) continue;
    const where = `${path} (${site.getFunctionName() ?? 'anonymous'})`;
    return { issuer: /^(src|flows)\//.test(path) ? 'app' : 'test', where };
  }
  return { issuer: 'app', where: 'unknown' };
}
