import { Router } from 'express';
import type { Exposition } from '../metrics/exposition';

/** GET /metrics for Prometheus, on the web port unless METRICS_PORT serves it apart. */
export function metricsRouter(expose: () => Promise<Exposition>): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    const { contentType, body } = await expose();
    res.type(contentType).send(body);
  });
  return router;
}
