import fc from 'fast-check';
import type { z } from 'zod';
import type { ApiRoute } from '../../../src/http/api/v1/route';
import {
  anyText,
  badPercentEscapes,
  bytesWithBadUtf8,
  hostileText,
  injectionText,
  longText,
  OPERATOR_WORDS,
} from './hostile-values';
import { shapedValue } from './schema-values';

export interface FuzzRequest {
  method: string;
  path: string;
  contentType: string | null;
  body: string | Uint8Array | undefined;
}

const shapeOf = (schema: z.ZodType | undefined): Record<string, z.ZodType> =>
  schema && 'shape' in schema ? (schema.shape as Record<string, z.ZodType>) : {};
const fieldNames = (schema: z.ZodType | undefined): string[] => Object.keys(shapeOf(schema));

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
const future = fc
  .integer({ min: -48, max: 24 * 400 })
  .map((hours) => new Date(Date.now() + hours * 3_600_000).toISOString());

/** Values that pass some field's validation, so a request can get past the first check. */
const plausibleValue = (ids: string[]) =>
  fc.oneof(
    fc.constantFrom(...ids),
    hex(24),
    future,
    fc.constantFrom('+15557770101', 'whatsapp:+15557770102', 'en', 'es', 'fr', 'sms', 'whatsapp'),
    fc.constantFrom('worker', 'supervisor', 'coordinator', 'client', 'admin', 'read_only'),
    fc.constantFrom('UTC', 'Europe/London', 'America/New_York', 'posted', 'cancelled', 'inbound'),
    fc.integer({ min: -5, max: 100_000 }),
    fc.constantFrom(0, 0.5, 1e21, -0, Number.MAX_SAFE_INTEGER),
    fc.boolean(),
    fc.constant(null),
  );

/** An object whose only key is an operator, as a query builder would read it. */
const operatorObject = (inner: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.constantFrom(...OPERATOR_WORDS), inner)
    .map(([op, value]) => Object.fromEntries([[op, value]]));

/** Operators one level down, where a map field (`terminology.en`, `quietHours`) would take them. */
const nestedOperators = (inner: fc.Arbitrary<unknown>) =>
  fc.dictionary(
    fc.constantFrom('en', 'es', 'fr', 'start', 'end', 'kind', 'name', 'a.b'),
    fc.oneof(
      operatorObject(inner),
      fc.dictionary(fc.string({ maxLength: 6 }), inner, { maxKeys: 2 }),
    ),
    { minKeys: 1, maxKeys: 3 },
  );

const jsonFieldValue = (ids: string[]) => {
  const plausible = plausibleValue(ids);
  return fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 2, arbitrary: fc.array(plausible, { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 2, arbitrary: operatorObject(plausible) },
    { weight: 1, arbitrary: fc.array(operatorObject(plausible), { maxLength: 2 }) },
    { weight: 2, arbitrary: nestedOperators(plausible) },
    { weight: 1, arbitrary: hostileText },
  );
};

/**
 * A JSON object on one or two of the route's fields (so it often passes a strict schema but for
 * one value), sometimes with extra fields: wrong types and `$` keys at any level.
 */
const bodyObject = (spec: ApiRoute, value: fc.Arbitrary<unknown>) => {
  const names = fieldNames(spec.body);
  return fc
    .tuple(
      fc.record(
        Object.fromEntries(
          names.map((name) => [
            name,
            fc.oneof(
              { weight: 3, arbitrary: shapedValue(shapeOf(spec.body)[name]!, value) },
              value,
            ),
          ]),
        ),
      ),
      fc.subarray(names, { maxLength: Math.min(2, names.length) }),
      fc.option(
        fc.dictionary(fc.oneof(fc.constantFrom(...OPERATOR_WORDS), anyText(12)), value, {
          maxKeys: 2,
        }),
        { freq: 3 },
      ),
    )
    .map(([all, kept, extras]) => ({
      ...Object.fromEntries(kept.map((name) => [name, all[name]])),
      ...extras,
    }));
};

const invalidJson = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":1,}',
    "{'a':1}",
    'NaN',
    'undefined',
    '{"a":01}',
    '[1,]',
    '"\\x00"',
    '{"a":"\\u12"}',
  ),
  fc.jsonValue().map((value) => (JSON.stringify(value) ?? 'null').slice(0, -1) + '}'),
);

const tooLargeJson = fc
  .integer({ min: 101 * 1024, max: 300 * 1024 })
  .map((size) => JSON.stringify({ name: 'x'.repeat(size) }));

const JSON_TYPE = 'application/json';
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant(JSON_TYPE) },
  fc.constantFrom(
    null,
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/json; charset=utf-16',
    'application/json; charset=klingon',
    'application/merge-patch+json',
    'multipart/form-data; boundary=x',
  ),
);

/** The body: usually a JSON object on the route's fields, sometimes bytes that are not JSON. */
const body = (spec: ApiRoute, value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: bodyObject(spec, value).map((object) => JSON.stringify(object)) },
    {
      weight: 2,
      arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
    },
    { weight: 1, arbitrary: invalidJson },
    {
      weight: 1,
      arbitrary: bytesWithBadUtf8(bodyObject(spec, value).map((object) => JSON.stringify(object))),
    },
    { weight: 1, arbitrary: tooLargeJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** A path parameter: an id of ours, a random id, injected text, or escapes that do not decode. */
const pathValue = (ids: string[]) =>
  fc.oneof(
    fc.constantFrom(...ids),
    hex(24),
    fc.oneof(anyText(60), injectionText).map((text) => encodeURIComponent(text)),
    badPercentEscapes,
  );

/**
 * Percent-encoded, cut to 1,500 characters (possibly mid-escape): six of them still fit node's
 * 16 KB header limit, past which node itself answers 431 before the app sees the request.
 */
const encodedPrefix = (text: string) => encodeURIComponent(text).slice(0, 1_500);

const queryValue = (ids: string[]) =>
  fc.oneof(
    plausibleValue(ids).map((value) => encodeURIComponent(String(value))),
    hostileText.map(encodedPrefix),
    longText.map(encodedPrefix),
    badPercentEscapes,
  );

/** Query names: the route's, repeated (an array), bracketed (`limit[$gt]`), or made up. */
const queryName = (spec: ApiRoute) => {
  const names = [...fieldNames(spec.query), 'limit', 'offset'];
  return fc.oneof(
    fc.constantFrom(...names),
    fc
      .tuple(fc.constantFrom(...names), fc.constantFrom(...OPERATOR_WORDS))
      .map(([name, op]) => `${name}[${op}]`),
    fc.constantFrom(...OPERATOR_WORDS),
    anyText(12).map((text) => encodeURIComponent(text)),
  );
};

const queryString = (spec: ApiRoute, ids: string[]) =>
  fc
    .array(fc.tuple(queryName(spec), queryValue(ids)), { maxLength: 6 })
    .map((pairs) =>
      pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}` : '',
    );

/** A random request to one route of the admin API: path, query, content type and body. */
const fuzzRequest = (
  spec: ApiRoute,
  ids: string[],
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      params: fc.array(pathValue(ids), { minLength: 4, maxLength: 4 }),
      query: queryString(spec, ids),
      contentType,
      body: body(spec, value),
    })
    .map(({ params, query, contentType: type, body: payload }) => {
      let index = 0;
      const path = spec.path.replace(/:[a-zA-Z]+/g, () => params[index++] ?? '');
      return { method: spec.method, path: `${path}${query}`, contentType: type, body: payload };
    });

/** A random request to any of the routes; `ids` are records a request may name. */
export const anyRouteRequest = (routes: ApiRoute[], ids: string[]): fc.Arbitrary<FuzzRequest> => {
  const value = jsonFieldValue(ids);
  return fc.oneof(...routes.map((spec) => fuzzRequest(spec, ids, value)));
};
