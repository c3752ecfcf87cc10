import express, { type Express } from 'express';
import type { Runtime } from '../runtime';
import { errorHandler, HttpError } from './errors';
import { apiRouter } from './api/v1';
import { consoleRouter } from './console';
import { healthRouter } from './health';
import { publicRouter } from './public';
import { twilioWebhooks } from './webhooks/twilio';
import { metricsRouter } from './metrics';
import { observeWebhooks } from '../metrics/webhooks';
import { devHostsOnly } from './dev-hosts';
import { securityHeaders } from './security-headers';

export function createApp(deps: Runtime): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only the configured proxies' X-Forwarded-For: any other client could name any address.
  app.set('trust proxy', deps.config.TRUST_PROXY_HOPS);
  app.use(securityHeaders(deps.config));
  if (deps.config.DEV_MODE) app.use(devHostsOnly(deps.config));
  app.use(healthRouter(deps));
  if (deps.config.METRICS_PORT === undefined) app.use(metricsRouter(deps.metrics.expose));
  app.use('/webhooks/twilio', observeWebhooks(deps.metrics));
  app.use(twilioWebhooks(deps));
  app.use(apiRouter(deps));
  app.use(publicRouter(deps));
  app.use(consoleRouter(deps));
  app.use((req) => {
    throw new HttpError(404, `no route for ${req.method} ${req.path}`);
  });
  app.use(errorHandler(deps.log));
  return app;
}
