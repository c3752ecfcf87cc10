import type { z } from 'zod';
import type { Runtime } from '../../../runtime';
import type { ApiRole } from '../../../models/api-key';
import type { Caller } from './auth/api-keys';

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P extends Schema, Q extends Schema, B extends Schema> {
  runtime: Runtime;
  caller: Caller;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

/**
 * One endpoint, declared once: the schemas validate the request, shape the response (fields
 * not in `response` never leave the server) and make the OpenAPI document.
 */
export interface ApiRoute<
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  R extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Under /api/v1, express style: /shifts/:id */
  path: string;
  /** Unique, camelCase: the name a generated client gives the call. */
  operationId: string;
  summary: string;
  /** What the schemas cannot say: rules checked against stored records, side effects. */
  description?: string;
  /** The least role that may call it. */
  role: ApiRole;
  params?: P;
  query?: Q;
  body?: B;
  /** An example body, shown in the document (and checked against `body` by a test). */
  example?: z.input<NonNullable<B>>;
  response: R;
  /**
   * Answers text/csv instead of JSON: the response, checked against `response` as any other,
   * written as CSV by this (a download for a spreadsheet; errors stay JSON).
   */
  csv?: (response: z.output<R>) => string;
  /** 200 unless said; 201 for a create, which also takes an Idempotency-Key. */
  status?: 200 | 201;
  /** Answers beyond those every route has (statuses.ts), each with when it is given. */
  errors?: { 404?: string; 409?: string; 422?: string };
  handle(context: RouteContext<P, Q, B>): Promise<z.input<R>>;
}

/** Declares a route with its types inferred from its schemas. */
export function route<
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
  R extends z.ZodType = z.ZodType,
>(spec: ApiRoute<P, Q, B, R>): ApiRoute {
  return spec as unknown as ApiRoute;
}

/** A resource: its routes and the tag they share in the OpenAPI document. */
export interface ApiResource {
  tag: string;
  description: string;
  routes: ApiRoute[];
}
