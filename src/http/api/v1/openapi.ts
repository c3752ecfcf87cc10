import { z } from 'zod';
import { Components } from './openapi-components';
import type { ApiResource, ApiRoute } from './route';
import { apiErrorBody } from './schemas/error';
import { KEY_COOKIE } from './auth/authenticate';
import { CONSOLE_HEADER } from './auth/console-requests';
import { errorStatuses, isChange, isCreate } from './statuses';

type Json = Record<string, unknown>;

const DESCRIPTION = `Every request needs an organisation's API key: \`Authorization: Bearer <key>\`.
An organisation sees only its own records and what a partnership in force shares with it;
anything else is answered 404, as if it did not exist.

**The console's cookie** (\`${KEY_COOKIE}\`, set by signing in to the console) authenticates a
request as its key would, for the console's own pages: a change (POST, PUT, PATCH, DELETE) made with it
needs the \`${CONSOLE_HEADER}\` header too and, when the browser sends \`Origin\`, one of the
console's origins; otherwise it is a 403 (code \`forbidden\`). A key in \`Authorization\` wins over
the cookie, and needs neither.

**Errors** have one shape, \`{ code, message, details, requestId }\`: branch on \`code\`; \`details\`
name each bad field; \`requestId\` (also the \`X-Request-Id\` header) identifies the request in our logs.

**Lists** are pages: \`?limit=\` (1–200, default 50) and \`?cursor=\`; an answer is
\`{ items, hasMore, nextCursor }\`: pass \`nextCursor\` as \`cursor\` for the next page, until
\`hasMore\` is false. Filters stay the same from page to page.

**Creates** (every POST answering 201) take an \`Idempotency-Key\` header: the same key with the same
body within 24 hours answers the first result again and creates nothing; the same key with another
body is a 422.

**Rate limits**, per API key and client address, are in the \`RateLimit-*\` headers of every answer;
over them the answer is 429 with \`Retry-After\`. Failed authentication has a much lower limit.

**Repeating a change** that is already in effect (revoking a revoked key, cancelling a cancelled
shift, accepting an accepted partnership, ending an ended one…) answers 200 with the record as
it is, and does nothing again.`;

const header = (description: string, schema: Json = { type: 'string' }) => ({
  description,
  schema,
});

const HEADERS = {
  'X-Request-Id': header('The id of this request, also in error bodies.'),
  'RateLimit-Limit': header('Requests allowed in the current window.', { type: 'integer' }),
  'RateLimit-Remaining': header('Requests left in the current window.', { type: 'integer' }),
  'RateLimit-Reset': header('Seconds until the window resets.', { type: 'integer' }),
  'RateLimit-Policy': header('The limit and window, e.g. 600;w=60.'),
};

const refs = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
const COMMON_HEADERS = refs(Object.keys(HEADERS));

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string up to 255 characters (a UUID, say). Retrying with the same key and body ' +
    'within 24 hours answers the first result and creates nothing new.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const CONSOLE_HEADER_PARAMETER = {
  name: CONSOLE_HEADER,
  in: 'header',
  required: false,
  description:
    "Needed on a change made with the console's cookie (any value; the console sends 1): a page " +
    'on another origin cannot send it. Not needed with a key in Authorization.',
  schema: { type: 'string', minLength: 1 },
};

/** path and query fields become OpenAPI parameters, one per field. */
function parameters(route: ApiRoute, components: Components) {
  const parts = [
    ['path', route.params],
    ['query', route.query],
  ] as const;
  const fields = parts.flatMap(([where, schema]) => {
    if (!(schema instanceof z.ZodObject)) return [];
    return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
      const { description, ...fieldSchema } = components.schemaOf(field, 'input');
      return {
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        ...(typeof description === 'string' ? { description } : {}),
        schema: fieldSchema,
      };
    });
  });
  return [
    ...fields,
    ...(isCreate(route) ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ...(isChange(route) ? [{ $ref: '#/components/parameters/ConsoleHeader' }] : []),
  ];
}

const EXTRA_HEADERS: Record<number, string[]> = {
  401: ['WWW-Authenticate'],
  429: ['Retry-After'],
};

const errorResponse = (status: number, description: string) => ({
  description,
  headers: { ...COMMON_HEADERS, ...refs(EXTRA_HEADERS[status] ?? []) },
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Statuses every route that can answer them answers for the same reason, named once. */
const SHARED_ERRORS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
};

function errorResponses(route: ApiRoute) {
  return Object.fromEntries(
    errorStatuses(route).map(({ status, description }) => {
      const shared = SHARED_ERRORS[status];
      return [
        String(status),
        shared ? { $ref: `#/components/responses/${shared}` } : errorResponse(status, description),
      ];
    }),
  );
}

/** The shared responses, described as statuses.ts describes them. */
function sharedResponses(routes: ApiRoute[]) {
  const all = new Map(routes.flatMap((route) => errorStatuses(route)).map((e) => [e.status, e]));
  return Object.fromEntries(
    Object.entries(SHARED_ERRORS).flatMap(([status, name]) => {
      const entry = all.get(Number(status));
      return entry ? [[name, errorResponse(entry.status, entry.description)]] : [];
    }),
  );
}

interface Parts {
  parameters: unknown[];
  response: Json;
  body: Json | null;
}

function operation(route: ApiRoute, tag: string, { parameters, response, body }: Parts) {
  const role = `Needs the \`${route.role}\` role or above.`;
  return {
    operationId: route.operationId,
    tags: [tag],
    summary: route.summary,
    description: route.description ? `${route.description}\n\n${role}` : role,
    security: [{ apiKey: [] }, { consoleCookie: [] }],
    parameters,
    ...(body && {
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: body,
            ...(route.example !== undefined && { example: route.example }),
          },
        },
      },
    }),
    responses: {
      [String(route.status ?? 200)]: {
        description: route.status === 201 ? 'Created' : 'OK',
        headers: COMMON_HEADERS,
        content: route.csv
          ? { 'text/csv': { schema: { type: 'string' } } }
          : { 'application/json': { schema: response } },
      },
      ...errorResponses(route),
    },
  };
}

/** The OpenAPI 3.1 document of the admin API, made from the same schemas that validate it. */
export function openApiDocument(resources: ApiResource[], serverUrl: string) {
  const components = new Components();
  components.schemaOf(apiErrorBody, 'output');
  const routes = resources.flatMap((r) => r.routes.map((route) => ({ route, tag: r.tag })));
  // Responses first: a schema used both ways keeps its plain name for the response.
  // A CSV answer is text: its schema shapes the rows but is not a component of the document.
  const responses = routes.map(({ route }) =>
    route.csv ? {} : components.schemaOf(route.response, 'output'),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  routes.forEach(({ route, tag }, i) => {
    const path = '/api/v1' + route.path.replace(/:(\w+)/g, '{$1}');
    const parts = {
      parameters: parameters(route, components),
      response: responses[i]!,
      body: route.body ? components.schemaOf(route.body, 'input') : null,
    };
    paths[path] = { ...paths[path], [route.method]: operation(route, tag, parts) };
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shiftline admin API',
      version: '1',
      description: DESCRIPTION,
      contact: { name: 'Shiftline', url: serverUrl },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: serverUrl }],
    tags: resources.map((r) => ({ name: r.tag, description: r.description })),
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer' },
        consoleCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: KEY_COOKIE,
          description: `The console's session: the key, kept HttpOnly. A change made with it needs the \`${CONSOLE_HEADER}\` header.`,
        },
      },
      schemas: components.schemas,
      responses: sharedResponses(routes.map(({ route }) => route)),
      parameters: { IdempotencyKey: IDEMPOTENCY_KEY, ConsoleHeader: CONSOLE_HEADER_PARAMETER },
      headers: {
        ...HEADERS,
        'WWW-Authenticate': header('How to authenticate: Bearer realm="shiftline"'),
        'Retry-After': header('Seconds to wait before trying again.', { type: 'integer' }),
      },
    },
  };
}
