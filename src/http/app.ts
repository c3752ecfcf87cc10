import express, { type Express } from 'express';
import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Logger } from '../log';
import { errorHandler, HttpError } from './errors';
import { healthRouter } from './health';

export interface AppDeps {
  log: Logger;
  mongo: Connection;
  redis: Redis;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(healthRouter(deps));
  app.use((req) => {
    throw new HttpError(404, `no route for ${req.method} ${req.path}`);
  });
  app.use(errorHandler(deps.log));
  return app;
}
