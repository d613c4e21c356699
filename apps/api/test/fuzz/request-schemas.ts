import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage, type ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

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
  /** Where the body schema came from: the document, or (where the document has only an empty object) the DTO's validation rules. */
  source: 'document' | 'validation' | 'none';
}

const METHODS = ['post', 'put', 'patch'] as const;

/** Every POST/PUT/PATCH operation in the document with its resolved request-body schema. */
export function operationsToFuzz(document: OpenAPIObject): FuzzOperation[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const resolve = (s: JsonSchema, depth = 0): JsonSchema => {
    if (depth > 8) return { type: 'object' };
    if (s.$ref) {
      const name = s.$ref.split('/').pop() ?? '';
      const target = schemas[name] ?? { type: 'object' };
      const resolved = resolve(target, depth + 1);
      const validation = schemaFromValidation(name);
      if (!validation) return resolved;
      if (isEmptyObject(resolved)) return validation;
      // The document misses properties without @ApiProperty and says `number` for integers and
      // nothing of patterns: the validation rules complete each property.
      const names = new Set([...Object.keys(resolved.properties ?? {}), ...Object.keys(validation.properties ?? {})]);
      const properties = Object.fromEntries([...names].map((k) => [k, completed(resolved.properties?.[k], validation.properties?.[k])]));
      return { ...resolved, properties, required: [...new Set([...(resolved.required ?? []), ...(validation.required ?? [])])] };
    }
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
      const fromDocument = raw.$ref ? resolve(schemas[raw.$ref.split('/').pop() ?? ''] ?? {}) : resolve(raw);
      const schema = resolve(raw);
      return { method, path: expressPath, params, body: 'json', schema, source: isEmptyObject(fromDocument) && !isEmptyObject(schema) ? 'validation' : 'document' };
    }),
  );
}

function completed(fromDocument: JsonSchema | undefined, fromValidation: JsonSchema | undefined): JsonSchema {
  if (!fromDocument) return fromValidation ?? {};
  if (!fromValidation || (isEmptyObject(fromValidation) && !isEmptyObject(fromDocument))) return fromDocument;
  return {
    ...fromDocument,
    ...fromValidation,
    items: fromDocument.items && fromValidation.items && isEmptyObject(fromValidation.items) ? fromDocument.items : (fromValidation.items ?? fromDocument.items),
  };
}

const isEmptyObject = (s: JsonSchema): boolean => (s.type === 'object' || s.type === undefined) && Object.keys(s.properties ?? {}).length === 0 && !s.enum && !s.items;

/** class-transformer keeps `@Type()` metadata here; the module has no typings of its own. */
interface TypeMetadataStorage {
  findTypeMetadata(target: object, property: string): { typeFunction: () => unknown } | undefined;
}
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: TypeMetadataStorage };

type ValidationType = (typeof ValidationTypes)[keyof typeof ValidationTypes];
interface StoredMetadata {
  validationMetadatas: Map<new () => unknown, ValidationMetadata[]>;
}

/** The request schema of a DTO class (by name) rebuilt from its class-validator decorators. */
export function schemaFromValidation(className: string, depth = 0): JsonSchema | null {
  const stored = (getMetadataStorage() as unknown as StoredMetadata).validationMetadatas;
  const target = [...stored.keys()].find((k) => k.name === className);
  if (!target || depth > 4) return null;
  const all = [target, ...ancestors(target)].flatMap((t) => stored.get(t) ?? []);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of all) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [property, rules] of byProperty) {
    const optional = rules.some((r) => (r.type as ValidationType) === 'conditionalValidation');
    if (!optional) required.push(property);
    const own = propertySchema(
      rules.filter((r) => !r.each),
      target,
      property,
      depth,
    );
    const each = rules.filter((r) => r.each);
    properties[property] = own.type === 'array' && each.length > 0 ? { ...own, items: propertySchema(each, target, property, depth, true) } : own;
  }
  return { type: 'object', properties, required };
}

function ancestors(target: new () => unknown): (new () => unknown)[] {
  const out: (new () => unknown)[] = [];
  let p = Object.getPrototypeOf(target) as (new () => unknown) | null;
  while (p && p !== Function.prototype && p.name) {
    out.push(p);
    p = Object.getPrototypeOf(p) as (new () => unknown) | null;
  }
  return out;
}

function propertySchema(rules: ValidationMetadata[], target: new () => unknown, property: string, depth: number, item = false): JsonSchema {
  const s: JsonSchema = {};
  for (const r of rules) {
    const c = r.constraints ?? [];
    switch (r.name) {
      case 'isString':
        s.type = 'string';
        break;
      case 'isInt':
        s.type = 'integer';
        break;
      case 'isNumber':
      case 'isDecimalNumber':
        s.type = s.type ?? 'number';
        break;
      case 'isBoolean':
        s.type = 'boolean';
        break;
      case 'isArray':
        s.type = 'array';
        break;
      case 'isUuid':
        Object.assign(s, { type: 'string', format: 'uuid' });
        break;
      case 'isIso8601':
      case 'isDateString':
        Object.assign(s, { type: 'string', format: 'date-time' });
        break;
      case 'isCalendarDate':
        Object.assign(s, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
        break;
      case 'isIn':
        s.enum = c[0] as unknown[];
        break;
      case 'isEnum':
        s.enum = Object.values(c[0] as object);
        break;
      case 'matches':
        Object.assign(s, { type: 'string', pattern: (c[0] as RegExp).source });
        break;
      case 'minLength':
        s.minLength = c[0] as number;
        break;
      case 'maxLength':
        s.maxLength = c[0] as number;
        break;
      case 'min':
        s.minimum = c[0] as number;
        break;
      case 'max':
        s.maximum = c[0] as number;
        break;
      case undefined:
      default:
        if ((r.type as ValidationType) === 'nestedValidation') Object.assign(s, nested(target, property, depth, item));
    }
  }
  if (!s.type && !s.enum) {
    const design = Reflect.getMetadata('design:type', target.prototype as object, property) as { name?: string } | undefined;
    if (!item && design?.name === 'Array') s.type = 'array';
    else if (design?.name === 'Number') s.type = 'number';
    else if (design?.name === 'Boolean') s.type = 'boolean';
    else if (design?.name === 'String') s.type = 'string';
    else s.type = 'object';
  }
  return s;
}

/** A nested DTO (`@ValidateNested() @Type(() => X)`). */
function nested(target: new () => unknown, property: string, depth: number, item: boolean): JsonSchema {
  const type = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction() as { name?: string } | undefined;
  const schema = type?.name ? schemaFromValidation(type.name, depth + 1) : null;
  const design = Reflect.getMetadata('design:type', target.prototype as object, property) as { name?: string } | undefined;
  return design?.name === 'Array' && !item ? { type: 'array', items: schema ?? { type: 'object' } } : (schema ?? { type: 'object' });
}
