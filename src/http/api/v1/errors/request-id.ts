import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/** A proxy's own id is kept when it looks like one, so logs on both sides line up. */
const GIVEN_ID = /^[\w.:-]{8,64}$/;

/** Gives each request an id, answered in X-Request-Id and in every error body. */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  const id = given && GIVEN_ID.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.set('X-Request-Id', id);
  next();
};

export const requestIdOf = (res: Response): string =>
  typeof res.locals.requestId === 'string' ? res.locals.requestId : '';
