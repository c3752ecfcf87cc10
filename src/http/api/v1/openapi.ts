import { z } from 'zod';
import type { ApiResource, ApiRoute } from './route';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

/** path and query fields become OpenAPI parameters, one per field. */
function parameters(route: ApiRoute) {
  const parts = [
    ['path', route.params],
    ['query', route.query],
  ] as const;
  return parts.flatMap(([where, schema]) => {
    if (!(schema instanceof z.ZodObject)) return [];
    return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
      name,
      in: where,
      required: where === 'path' || !field.safeParse(undefined).success,
      schema: jsonSchema(field, 'input'),
    }));
  });
}

function operation(route: ApiRoute, tag: string) {
  const status = String(route.status ?? 200);
  return {
    tags: [tag],
    summary: route.summary,
    description: `Needs the ${route.role} role or above.`,
    security: [{ apiKey: [] }],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [status]: {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
      },
      '400': { $ref: '#/components/responses/Invalid' },
      '401': { $ref: '#/components/responses/Unauthenticated' },
      '403': { $ref: '#/components/responses/Forbidden' },
      '404': { $ref: '#/components/responses/NotFound' },
    },
  };
}

const errorResponse = (description: string) => ({
  description,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: { type: 'string' },
          details: {
            type: 'array',
            items: {
              type: 'object',
              properties: { path: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
    },
  },
});

/** The OpenAPI 3.1 document of the admin API, made from the same schemas that validate it. */
export function openApiDocument(resources: ApiResource[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const resource of resources) {
    for (const route of resource.routes) {
      const path = '/api/v1' + route.path.replace(/:(\w+)/g, '{$1}');
      paths[path] = { ...paths[path], [route.method]: operation(route, resource.tag) };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shiftline admin API',
      version: '1',
      description:
        'Every request needs an organisation API key: Authorization: Bearer <key>. ' +
        'An organisation sees only its own records and what a partnership shares with it; ' +
        'anything else is answered 404.',
    },
    servers: [{ url: serverUrl }],
    tags: resources.map((r) => ({ name: r.tag, description: r.description })),
    paths,
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } },
      responses: {
        Invalid: errorResponse('The request is not valid: details name each problem.'),
        Unauthenticated: errorResponse('No API key, or an unknown or revoked one.'),
        Forbidden: errorResponse("The key's role may not do this."),
        NotFound: errorResponse('No such record for this organisation.'),
      },
    },
  };
}
