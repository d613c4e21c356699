import type { OpenAPIObject } from '@nestjs/swagger';

/** The part of JSON Schema (as OpenAPI 3.0 writes it) the fuzzer reads. */
export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  nullable?: boolean;
  $ref?: string;
  allOf?: JsonSchema[];
  example?: unknown;
}

export interface FuzzOperation {
  method: 'post' | 'put' | 'patch';
  /** Express form (`/api/cases/:id`). */
  path: string;
  params: string[];
  body: 'json' | 'multipart' | 'none';
  schema: JsonSchema;
  /**
   * Where the body schema came from: always the document, which describes every validated property
   * (core/http/openapi-from-validation.ts; openapi.spec.ts fails on a gap), or none for no body.
   */
  source: 'document' | 'none';
}

const METHODS = ['post', 'put', 'patch'] as const;

/** Every POST/PUT/PATCH operation in the document with its resolved request-body schema. */
export function operationsToFuzz(document: OpenAPIObject): FuzzOperation[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const resolve = (s: JsonSchema, depth = 0): JsonSchema => {
    if (depth > 8) return { type: 'object' };
    if (s.$ref) return resolve(schemas[s.$ref.split('/').pop() ?? ''] ?? { type: 'object' }, depth + 1);
    if (s.allOf)
      return s.allOf
        .map((x) => resolve(x, depth + 1))
        .reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties }, required: [...(a.required ?? []), ...(b.required ?? [])] }), {});
    return {
      ...s,
      properties: s.properties ? Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)])) : undefined,
      items: s.items ? resolve(s.items, depth + 1) : undefined,
    };
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method): FuzzOperation => {
      const content = (item[method]?.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)?.content ?? {};
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
      const expressPath = path.replace(/\{(\w+)\}/g, ':$1');
      if (content['multipart/form-data']) return { method, path: expressPath, params, body: 'multipart', schema: { type: 'object' }, source: 'document' };
      const raw = content['application/json']?.schema;
      if (!raw) return { method, path: expressPath, params, body: 'none', schema: { type: 'object' }, source: 'none' };
      return { method, path: expressPath, params, body: 'json', schema: resolve(raw), source: 'document' };
    }),
  );
}
