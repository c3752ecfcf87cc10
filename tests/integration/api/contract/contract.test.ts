import { randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import { z } from 'zod';
import addFormats from 'ajv-formats';
import { API_RESOURCES } from '../../../../src/http/api/v1';
import { requestHash } from '../../../../src/http/api/v1/idempotency';
import type { ApiRoute } from '../../../../src/http/api/v1/route';
import { KEY_COOKIE } from '../../../../src/http/api/v1/auth/authenticate';
import { CONSOLE_HEADER } from '../../../../src/http/api/v1/auth/console-requests';
import { isChange } from '../../../../src/http/api/v1/statuses';
import { consoleCredentials, startApiWorld, type ApiWorld } from '../../../support/api';
import { CASES, type Request } from './cases';
import { makeFixtures, type Fixtures } from './fixtures';

/**
 * Calls every operation of the admin API — its success and each error status its document
 * lists — and checks each answer against the document with ajv (JSON Schema 2020-12, what
 * OpenAPI 3.1 uses): the status is one the operation documents, the body matches its schema,
 * and the documented headers are there.
 */
type Json = Record<string, unknown>;

const ROUTES = API_RESOURCES.flatMap((r) => r.routes);
const NO_SUCH_ID = '0123456789abcdef01234567';
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

interface Sent {
  status: number;
  headers: Headers;
  body: unknown;
}

describe('the admin API answers as its OpenAPI document says', () => {
  let w: ApiWorld;
  let f: Fixtures;
  let doc: Json & { paths: Record<string, Record<string, Json>>; components: Json };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    // Hundreds of calls with one key, and one without a key per operation: the limits are
    // proven on their own below and in rate-limits.test.ts.
    w = await startApiWorld({
      overrides: { API_RATE_LIMIT_PER_MINUTE: '100000', API_AUTH_FAILURES_PER_15_MINUTES: '1000' },
    });
    f = await makeFixtures(w);
    doc = (await (await fetch(`${w.base}/api/v1/openapi.json`)).json()) as typeof doc;
    ajv.addSchema(doc, 'api');
  });
  afterAll(() => w.stop());

  const docPath = (route: ApiRoute) => '/api/v1' + route.path.replace(/:(\w+)/g, '{$1}');
  const operationOf = (route: ApiRoute) => doc.paths[docPath(route)]![route.method]!;

  /** The documented statuses of an operation, and the JSON pointer of each answer's schema. */
  function responsesOf(route: ApiRoute): Map<number, string> {
    const responses = operationOf(route).responses as Record<string, Json>;
    const base = `#/paths/${escape(docPath(route))}/${route.method}/responses`;
    return new Map(
      Object.entries(responses).map(([status, response]) => {
        if (typeof response.$ref === 'string')
          return [Number(status), `${response.$ref}/content/application~1json/schema`];
        // Errors are JSON; a success is JSON or, for an export, CSV.
        const [type] = Object.keys(response.content as Json);
        return [Number(status), `${base}/${status}/content/${escape(type!)}/schema`];
      }),
    );
  }

  async function send(
    route: ApiRoute,
    request: Request,
    options: { key?: string | null; headers?: Record<string, string>; raw?: string } = {},
  ): Promise<Sent> {
    // The operator's routes are called with its key; the others with an organisation's admin.
    const own = route.role === 'operator' ? w.keys.operator : w.keys.riverside.admin;
    const key = options.key === undefined ? own : options.key;
    const hasBody = options.raw !== undefined || request.body !== undefined;
    const res = await fetch(`${w.base}/api/v1${request.path}`, {
      method: route.method.toUpperCase(),
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(hasBody ? { body: options.raw ?? JSON.stringify(request.body) } : {}),
    });
    const text = await res.text();
    const json = res.headers.get('content-type')?.startsWith('application/json');
    return { status: res.status, headers: res.headers, body: json ? JSON.parse(text) : text };
  }

  function expectDocumented(route: ApiRoute, sent: Sent, status: number) {
    const name = route.operationId;
    const pointer = responsesOf(route).get(sent.status);
    expect({ name, status: sent.status, body: sent.body }).toMatchObject({ name, status });
    expect({ name, documented: pointer !== undefined }).toEqual({ name, documented: true });
    const validate = ajv.getSchema(`api${encodeURI(pointer!)}`)!;
    const valid = validate(sent.body);
    expect({ name, status, errors: valid ? null : validate.errors }).toEqual({
      name,
      status,
      errors: null,
    });
    expect(sent.headers.get('x-request-id')).toBeTruthy();
    expect(sent.headers.get('ratelimit-limit')).toBeTruthy();
    if (status === 401) expect(sent.headers.get('www-authenticate')).toMatch(/^Bearer /);
  }

  const takesLimit = (route: ApiRoute) =>
    route.query instanceof z.ZodObject && 'limit' in route.query.shape;

  /** A path with every id replaced: a bad one (400) or one that does not exist (404). */
  const withIds = (route: ApiRoute, value: string) => route.path.replace(/:\w+/g, value);

  /** The request that brings a route to a status every route of its kind can answer. */
  async function errorRequest(route: ApiRoute, status: number): Promise<() => Promise<Sent>> {
    const spec = CASES[route.operationId]!;
    const ok = spec.ok(f);
    const create = route.status === 201;
    switch (status) {
      case 400:
        if (route.params) return () => send(route, { ...ok, path: withIds(route, 'x') });
        if (route.body) return () => send(route, { ...ok, body: {} });
        return () =>
          send(route, {
            path: `${ok.path}${ok.path.includes('?') ? '&' : '?'}${takesLimit(route) ? 'limit=0' : 'from=soon'}`,
          });
      case 401:
        return () => send(route, ok, { key: null });
      case 403:
        return () => send(route, ok, { key: w.keys.riverside.read_only });
      case 404:
        if (spec[404]) return () => send(route, spec[404]!(f));
        return () => send(route, { ...ok, path: withIds(route, NO_SUCH_ID) });
      case 409:
        if (spec[409]) return () => send(route, spec[409]!(f));
        return async () => {
          const key = randomUUID();
          await claimKey(key, 'running', requestHash(route.method, `/api/v1${ok.path}`, ok.body));
          return send(route, ok, { headers: { 'idempotency-key': key } });
        };
      case 413:
        return () => send(route, ok, { raw: JSON.stringify({ name: 'x'.repeat(110 * 1024) }) });
      case 415:
        return () => send(route, ok, { raw: 'name=x', headers: { 'content-type': 'text/plain' } });
      case 422:
        if (spec[422]) return () => send(route, spec[422]!(f));
        if (!create) throw new Error(`no way to a 422 for ${route.operationId}`);
        return async () => {
          const key = randomUUID();
          await claimKey(key, 'done', 'another request');
          return send(route, ok, { headers: { 'idempotency-key': key } });
        };
      default:
        throw new Error(`no request for ${status} on ${route.operationId}`);
    }
  }

  /** An Idempotency-Key used before: by this request, still running, or by another, done. */
  const claimKey = (key: string, state: 'running' | 'done', hash: string) =>
    w.h.models.IdempotencyKey.create({
      _id: `${w.riverside.id}:${key}`,
      organisation: w.riverside._id,
      requestHash: hash,
      state,
      status: 201,
      response: {},
      createdAt: new Date(),
    });

  it('has a case for every operation', () => {
    expect(Object.keys(CASES).sort()).toEqual(ROUTES.map((r) => r.operationId).sort());
  });

  it.each(ROUTES.map((route) => [route.operationId, route] as const))(
    '%s: its success and every error it documents',
    async (_name, route) => {
      const ok = await send(route, CASES[route.operationId]!.ok(f));
      expectDocumented(route, ok, route.status ?? 200);
      for (const status of responsesOf(route).keys()) {
        if (status < 400 || status === 429) continue;
        expectDocumented(route, await (await errorRequest(route, status))(), status);
      }
      if (isChange(route)) {
        // The console's cookie without the console's header: the documented 403.
        const { cookie } = consoleCredentials(w.h, w.keys.riverside.admin);
        const request = CASES[route.operationId]!.ok(f);
        expectDocumented(
          route,
          await send(route, request, { key: null, headers: { cookie: cookie! } }),
          403,
        );
      }
    },
  );

  it("documents the console's cookie beside the Bearer key, and its header on every change", () => {
    const schemes = doc.components.securitySchemes as Record<string, Json>;
    expect(schemes.consoleCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: KEY_COOKIE });
    const parameters = doc.components.parameters as Record<string, Json>;
    expect(parameters.ConsoleHeader).toMatchObject({ name: CONSOLE_HEADER, in: 'header' });
    for (const route of ROUTES) {
      const operation = operationOf(route);
      expect({ name: route.operationId, security: operation.security }).toEqual({
        name: route.operationId,
        security: [{ apiKey: [] }, { consoleCookie: [] }],
      });
      const names = (operation.parameters as Json[]).map((p) => p.$ref);
      expect({
        name: route.operationId,
        header: names.includes('#/components/parameters/ConsoleHeader'),
      }).toEqual({ name: route.operationId, header: isChange(route) });
    }
  });

  describe('429, for every operation', () => {
    let limited: ApiWorld;
    beforeAll(async () => {
      limited = await startApiWorld({ overrides: { API_RATE_LIMIT_PER_MINUTE: '1' } });
    });
    afterAll(() => limited.stop());

    it.each(ROUTES.map((route) => [route.operationId, route] as const))(
      '%s answers a documented 429 over the limit',
      async (_name, route) => {
        expect(responsesOf(route).has(429)).toBe(true);
        const path = withIds(route, NO_SUCH_ID);
        const call = () =>
          fetch(`${limited.base}/api/v1${path}`, {
            method: route.method.toUpperCase(),
            headers: { authorization: `Bearer ${limited.keys.riverside.admin}` },
          });
        // The first may be anything; the limit is one a minute per key and address.
        await (await call()).arrayBuffer();
        const res = await call();
        const sent = { status: res.status, headers: res.headers, body: await res.json() };
        expectDocumented(route, sent, 429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      },
    );
  });
});
