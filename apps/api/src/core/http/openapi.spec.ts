import 'reflect-metadata';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { testSecrets } from '../../../test/test-config';
import { AppModule } from '../../app.module';
import { loadConfig } from '../config/app-config';
import { createOpenApiDocument } from './openapi';

type Class = new (...args: never[]) => unknown;
type Schema = SchemaObject | ReferenceObject;

/** class-transformer keeps `@Type()` metadata here; the module has no typings of its own. */
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: { findTypeMetadata(target: object, property: string): { typeFunction: () => unknown } | undefined };
};

/** A route handler, with the arguments Nest hands it. */
interface Handler {
  operationId: string;
  args: { type: RouteParamtypes; data: unknown; metatype: unknown }[];
}

/** Every handler of every controller the app registers, read from Nest's own metadata. */
function handlers(app: INestApplication): Handler[] {
  const controllers = new Set<Class>();
  for (const module of app.get(ModulesContainer).values()) for (const wrapper of module.controllers.values()) controllers.add(wrapper.metatype as Class);
  return [...controllers].flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .filter((name) => name !== 'constructor' && Reflect.getMetadata(METHOD_METADATA, (controller.prototype as Record<string, object>)[name]) !== undefined)
      .map((name) => {
        const stored = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, name) ?? []) as unknown[];
        const args = Object.entries(stored)
          .filter(([key]) => /^\d+:\d+$/.test(key))
          .map(([key, arg]) => ({ type: Number(key.split(':')[0]) as RouteParamtypes, data: arg.data, metatype: types[arg.index] }));
        return { operationId: `${controller.name}_${name}`, args };
      }),
  );
}

/** The properties a DTO class validates (its own and inherited), with the class of each nested DTO. */
function validatedProperties(dto: Class): Map<string, Class | null> {
  const out = new Map<string, Class | null>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const nested = rule.type === ValidationTypes.NESTED_VALIDATION ? defaultMetadataStorage.findTypeMetadata(dto, rule.propertyName)?.typeFunction() : undefined;
    out.set(rule.propertyName, typeof nested === 'function' ? (nested as Class) : (out.get(rule.propertyName) ?? null));
  }
  return out;
}

const isDto = (type: unknown): type is Class => typeof type === 'function' && validatedProperties(type as Class).size > 0;

describe('Issue 18.8: the OpenAPI document describes every request body, query and path parameter', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  let operations: Map<string, { path: string; method: string; parameters: ParameterObject[]; body: Schema | undefined; hasBody: boolean }>;

  beforeAll(async () => {
    // Preview mode builds the module graph without instantiating providers: no database, no Redis.
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1', ...testSecrets(), LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
    app.setGlobalPrefix('api');
    document = createOpenApiDocument(app);
    operations = new Map();
    for (const [path, item] of Object.entries(document.paths))
      for (const method of Object.values(RequestMethod).filter((m): m is string => typeof m === 'string')) {
        const operation = (item as Record<string, OpenAPIObject['paths'][string]['get']>)[method.toLowerCase()];
        if (!operation?.operationId) continue;
        const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
        operations.set(operation.operationId, {
          path,
          method,
          parameters: (operation.parameters ?? []) as ParameterObject[],
          body: content?.['application/json']?.schema,
          hasBody: operation.requestBody !== undefined,
        });
      }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  /** A schema with its `$ref`s and `allOf`s followed. */
  const resolved = (schema: Schema | undefined, depth = 0): SchemaObject => {
    if (!schema || depth > 10) return {};
    if ('$ref' in schema) return resolved(document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''], depth + 1);
    if (schema.allOf) return schema.allOf.map((s) => resolved(s, depth + 1)).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), schema);
    return schema;
  };

  /** Where `schema` (of an object, or an array of them) lacks a property the DTO validates, by path. */
  const undocumented = (dto: Class, schema: Schema | undefined, at: string, seen: Set<Class> = new Set()): string[] => {
    if (seen.has(dto)) return [];
    let object = resolved(schema);
    if (object.type === 'array') object = resolved(object.items);
    return [...validatedProperties(dto)].flatMap(([property, nested]) => {
      const found = object.properties?.[property];
      if (!found) return [`${at}.${property}`];
      return nested ? undocumented(nested, found, `${at}.${property}`, new Set([...seen, dto])) : [];
    });
  };

  const each = (check: (h: Handler, op: NonNullable<ReturnType<typeof operations.get>>) => string[]): string[] =>
    handlers(app).flatMap((h) => {
      const op = operations.get(h.operationId);
      return op ? check(h, op).map((gap) => `${op.method} ${op.path} (${h.operationId}): ${gap}`) : [`${h.operationId}: not in the document`];
    });

  it('lists every route handler the app registers', () => {
    expect(handlers(app).length).toBeGreaterThan(150);
    expect(each(() => [])).toEqual([]);
  });

  it('gives a requestBody to every operation whose handler reads the body', () => {
    const missing = each((h, op) => (h.args.some((a) => a.type === RouteParamtypes.BODY) && !op.hasBody ? ['no requestBody'] : []));
    expect(missing).toEqual([]);
  });

  it('shows every property the body DTO validates (nested DTOs and arrays of them too) in the request-body schema', () => {
    const bodies = handlers(app).filter((h) => h.args.some((a) => a.type === RouteParamtypes.BODY && isDto(a.metatype)));
    expect(bodies.length).toBeGreaterThan(60);
    const missing = each((h, op) =>
      h.args
        .filter((a) => a.type === RouteParamtypes.BODY && isDto(a.metatype))
        .flatMap((a) =>
          typeof a.data === 'string'
            ? undocumented(a.metatype as Class, resolved(op.body).properties?.[a.data], `body.${a.data}`)
            : undocumented(a.metatype as Class, op.body, 'body'),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('lists every property of a @Query() DTO, every named query and every path parameter as a parameter', () => {
    const missing = each((h, op) => {
      const named = (where: 'query' | 'path', name: string): string[] => (op.parameters.some((p) => p.in === where && p.name === name) ? [] : [`${where} parameter ${name}`]);
      const declared = h.args.flatMap((a) => {
        if (a.type !== RouteParamtypes.QUERY && a.type !== RouteParamtypes.PARAM) return [];
        const where = a.type === RouteParamtypes.QUERY ? 'query' : 'path';
        if (typeof a.data === 'string') return named(where, a.data);
        return isDto(a.metatype) ? [...validatedProperties(a.metatype).keys()].flatMap((name) => named(where, name)) : [];
      });
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].flatMap((m) => named('path', m[1]));
      return [...new Set([...declared, ...inPath])];
    });
    expect(missing).toEqual([]);
  });

  it('sees a gap when a DTO property is missing from the document (the check can fail)', () => {
    const dto = handlers(app)
      .flatMap((h) => h.args)
      .find((a) => a.type === RouteParamtypes.BODY && isDto(a.metatype))?.metatype as Class;
    expect(undocumented(dto, { type: 'object', properties: {} }, 'body').length).toBe(validatedProperties(dto).size);
  });
});
