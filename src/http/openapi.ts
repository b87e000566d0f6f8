import { z } from 'zod';
import { ErrorResponse } from '../shared/schemas/api.js';
import { API_V1, type RouteSpec } from './routes/api-v1-spec.js';

const json = (schema: z.ZodType) => ({
  'application/json': { schema: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) },
});

function operation(spec: RouteSpec) {
  const pathParams = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string', format: 'uuid' },
  }));
  const queryParams = Object.entries(spec.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema: z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }),
  }));
  const requestBody = spec.body && {
    required: true,
    content: {
      [spec.body.contentType ?? 'application/json']: {
        schema: z.toJSONSchema(spec.body.schema, { io: 'input', unrepresentable: 'any' }),
      },
    },
  };
  return {
    summary: spec.summary,
    parameters: [...pathParams, ...queryParams],
    ...(requestBody ? { requestBody } : {}),
    responses: {
      '200': { description: 'OK', content: json(spec.response) },
      '400': {
        description: 'Invalid input: the message names each field to fix',
        content: json(ErrorResponse),
      },
      '401': { description: 'Missing, unknown or revoked API token', content: json(ErrorResponse) },
      '404': { description: 'Not found in this workspace', content: json(ErrorResponse) },
    },
  };
}

/** OpenAPI 3.1 for /api/v1, generated from the same zod schemas the routes validate with. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of Object.values(API_V1) as RouteSpec[]) {
    const path = `/api/v1${spec.path.replace(/:(\w+)/g, '{$1}')}`;
    paths[path] = { ...paths[path], [spec.method]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley REST API',
      version: '1',
      description:
        'Authenticate with an API token from the console: `Authorization: Bearer parley_…`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
