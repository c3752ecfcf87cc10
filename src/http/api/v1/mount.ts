import { Router, type Request } from 'express';
import type { z } from 'zod';
import type { Runtime } from '../../../runtime';
import { parseOr400 } from '../../parse-request';
import { callerOf, requireRole } from './auth/authenticate';
import type { ApiResource, ApiRoute } from './route';

const parsePart = (schema: z.ZodType | undefined, value: unknown, what: string): unknown =>
  schema ? parseOr400(schema, value, what) : undefined;

/** Adds each route of each resource to the router: role check, validation, response shaping. */
export function mountResources(router: Router, runtime: Runtime, resources: ApiResource[]): void {
  for (const resource of resources) {
    for (const spec of resource.routes) mountRoute(router, runtime, spec);
  }
}

function mountRoute(router: Router, runtime: Runtime, spec: ApiRoute): void {
  router[spec.method](spec.path, requireRole(spec.role), async (req: Request, res) => {
    const context = {
      runtime,
      caller: callerOf(res),
      params: parsePart(spec.params, req.params, 'path'),
      query: parsePart(spec.query, req.query, 'query'),
      body: parsePart(spec.body, req.body, 'body'),
    };
    const result = await spec.handle(context as never);
    // A response that does not match its schema is our bug: a 500, never a leak.
    res.status(spec.status ?? 200).json(spec.response.parse(result));
  });
}
