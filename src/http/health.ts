import { Router } from 'express';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);
}

async function check(probe: () => Promise<unknown>): Promise<string> {
  try {
    await withTimeout(probe(), 1_500);
    return 'ok';
  } catch (error) {
    return `down: ${(error as Error).message}`;
  }
}

/** /healthz: the process answers. /readyz: MongoDB and Redis answer too (503 names which not). */
export function healthRouter(deps: { mongo: Connection; redis: Redis }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [mongodb, redis] = await Promise.all([
      check(() => deps.mongo.db!.admin().ping()),
      check(() => deps.redis.ping()),
    ]);
    const ready = mongodb === 'ok' && redis === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', mongodb, redis });
  });
  return router;
}
