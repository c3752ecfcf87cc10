import express, { Router } from 'express';
import type { Runtime } from '../../runtime';
import { consoleRequestsOnly } from '../api/v1/auth/console-requests';
import { consolePages } from './pages';
import { sessionRouter } from './session';
import { simulatorRouter } from './simulator';

/** The console's own endpoints (not part of /api/v1): its session and, in dev mode, the simulator. */
export function consoleRouter(runtime: Runtime): Router {
  const router = Router();
  router.use('/console/session', consoleRequestsOnly(runtime.config, { cookielessToo: true }));
  router.use('/console/api', consoleRequestsOnly(runtime.config));
  router.use('/console', express.json({ limit: '16kb', strict: true }));
  router.use('/console/session', sessionRouter(runtime));
  if (runtime.config.DEV_MODE) router.use('/console/api/simulator', simulatorRouter(runtime));
  router.use(consolePages(runtime));
  return router;
}
