import 'reflect-metadata';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
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

/** A validated property: its rules, and the class of the DTO it nests (if any). */
interface Validated {
  rules: ValidationMetadata[];
  nested: Class | null;
}

/** The properties a DTO class validates (its own and inherited). */
function validatedProperties(dto: Class): Map<string, Validated> {
  const out = new Map<string, Validated>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const type = rule.type === ValidationTypes.NESTED_VALIDATION ? defaultMetadataStorage.findTypeMetadata(dto, rule.propertyName)?.typeFunction() : undefined;
    const before = out.get(rule.propertyName) ?? { rules: [], nested: null };
    out.set(rule.propertyName, { rules: [...before.rules, rule], nested: typeof type === 'function' ? (type as Class) : before.nested });
  }
  return out;
}

/** What a schema must say of a value the rules check: its type, format or allowed values. */
function contradictions(rules: ValidationMetadata[], schema: SchemaObject): string[] {
  const array = rules.some((r) => r.name === 'isArray');
  return rules.flatMap((r) => {
    const s = array && r.each ? ((schema.items ?? {}) as SchemaObject) : schema;
    const expect = (ok: boolean, what: string): string[] => (ok ? [] : [`${r.name} but the document says ${what}`]);
    switch (r.name) {
      case 'isInt':
        return expect(s.type === 'integer', `type ${String(s.type)}`);
      case 'isBoolean':
        return expect(s.type === 'boolean', `type ${String(s.type)}`);
      case 'isUuid':
        return expect(s.format === 'uuid', `format ${String(s.format)}`);
      case 'isCalendarDate':
        return expect(s.format === 'date', `format ${String(s.format)}`);
      case 'isIn':
        return expect(JSON.stringify([...(s.enum ?? [])].sort()) === JSON.stringify([...(r.constraints[0] as unknown[])].sort()), `enum ${JSON.stringify(s.enum)}`);
      case undefined:
      default:
        return [];
    }
  });
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
    return [...validatedProperties(dto)].flatMap(([property, { rules, nested }]) => {
      const found = object.properties?.[property];
      if (!found) return [`${at}.${property}`];
      if (nested) return undocumented(nested, found, `${at}.${property}`, new Set([...seen, dto]));
      return contradictions(rules, resolved(found)).map((c) => `${at}.${property}: ${c}`);
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

  it('shows every property the body DTO validates (nested DTOs and arrays of them too) in the request-body schema, typed as its rules', () => {
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

  it('lists every property of a @Query() DTO (typed as its rules), every named query and every path parameter as a parameter', () => {
    const missing = each((h, op) => {
      const named = (where: 'query' | 'path', name: string, rules: ValidationMetadata[] = []): string[] => {
        const parameter = op.parameters.find((p) => p.in === where && p.name === name);
        return parameter ? contradictions(rules, resolved(parameter.schema)).map((c) => `${where} parameter ${name}: ${c}`) : [`${where} parameter ${name}`];
      };
      const declared = h.args.flatMap((a) => {
        if (a.type !== RouteParamtypes.QUERY && a.type !== RouteParamtypes.PARAM) return [];
        const where = a.type === RouteParamtypes.QUERY ? 'query' : 'path';
        if (typeof a.data === 'string') return named(where, a.data);
        return isDto(a.metatype) ? [...validatedProperties(a.metatype)].flatMap(([name, { rules }]) => named(where, name, rules)) : [];
      });
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].flatMap((m) => named('path', m[1]));
      return [...new Set([...declared, ...inPath])];
    });
    expect(missing).toEqual([]);
  });

  it('sees a missing property, a wrong type and a wrong enum (the checks can fail)', () => {
    const dtos = handlers(app)
      .flatMap((h) => h.args)
      .filter((a) => a.type === RouteParamtypes.BODY && isDto(a.metatype))
      .map((a) => a.metatype as Class);
    expect(undocumented(dtos[0], { type: 'object', properties: {} }, 'body').length).toBe(validatedProperties(dtos[0]).size);
    const rules = dtos.flatMap((dto) => [...validatedProperties(dto).values()].map((v) => v.rules));
    const withRule = (name: string): ValidationMetadata[] => rules.find((r) => r.some((x) => x.name === name && !x.each)) ?? [];
    expect(contradictions(withRule('isInt'), { type: 'number' })).toEqual([expect.stringContaining('isInt')]);
    expect(contradictions(withRule('isIn'), { type: 'string', enum: ['NOT_A_VALUE'] })).toEqual([expect.stringContaining('isIn')]);
  });
});
