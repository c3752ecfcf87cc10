import express, { Router, type Request, type RequestHandler } from 'express';
import type { z } from 'zod';
import type { Runtime } from '../../../runtime';
import { parseOr400, refuseNul } from '../../parse-request';
import { callerOf, requireRole } from './auth/authenticate';
import { ApiError } from './errors/api-error';
import { idempotently } from './idempotency';
import type { ApiResource, ApiRoute } from './route';
import { isCreate } from './statuses';

const JSON_TYPES = ['application/json', 'application/*+json'];

function parsePart(schema: z.ZodType | undefined, value: unknown, what: string): unknown {
  if (!schema) return undefined;
  refuseNul(value, what);
  return parseOr400(schema, value, what);
}

/** Only routes that take a body read one: JSON, at most 100 KB; any other type of body is a 415. */
const jsonBody: RequestHandler[] = [
  (req, _res, next) => {
    const hasBody =
      req.headers['transfer-encoding'] !== undefined ||
      (req.headers['content-length'] ?? '0') !== '0';
    if (hasBody && !req.is(JSON_TYPES))
      throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
    next();
  },
  express.json({ limit: '100kb', strict: true, type: JSON_TYPES }),
];

/** Adds each route of each resource to the router: role check, validation, response shaping. */
export function mountResources(router: Router, runtime: Runtime, resources: ApiResource[]): void {
  for (const resource of resources) {
    for (const spec of resource.routes) mountRoute(router, runtime, spec);
  }
}

function mountRoute(router: Router, runtime: Runtime, spec: ApiRoute): void {
  const body = spec.body ? jsonBody : [];
  router[spec.method](spec.path, requireRole(spec.role), ...body, async (req: Request, res) => {
    const context = {
      runtime,
      caller: callerOf(res),
      params: parsePart(spec.params, req.params, 'path'),
      query: parsePart(spec.query, req.query, 'query'),
      body: parsePart(spec.body, req.body, 'body'),
    };
    const answer = async () => ({
      status: spec.status ?? 200,
      // A response that does not match its schema is our bug: a 500, never a leak.
      body: spec.response.parse(await spec.handle(context as never)),
    });
    const { status, body: json } = isCreate(spec)
      ? await idempotently(runtime, req, res, context.caller, answer)
      : await answer();
    if (spec.csv) res.status(status).type('text/csv; charset=utf-8').send(spec.csv(json));
    else res.status(status).json(json);
  });
}
