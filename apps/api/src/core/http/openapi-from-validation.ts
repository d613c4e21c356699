import { ApiProperty, DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Class = new (...args: never[]) => unknown;

/** The part of an OpenAPI property (as @ApiProperty takes it) that validation rules can tell. */
interface PropertyOptions {
  type?: unknown;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/** class-transformer keeps `@Type()` metadata here; the module has no typings of its own. */
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: { findTypeMetadata(target: object, property: string): { typeFunction: () => unknown } | undefined };
};

/** Keys a rule may add to a property that already has an explicit @ApiProperty, without changing its kind. */
const FILLABLE = ['format', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

/**
 * Writes @ApiProperty metadata for every property a DTO validates with class-validator and does not
 * describe itself (no CLI plugin runs in this build), so that the document shows every body field
 * and query parameter with the type, enum, pattern and bounds the validation pipe enforces. An
 * explicit @ApiProperty wins; it only gains bounds and formats it does not state. Idempotent.
 */
export function describeValidatedProperties(): void {
  const stored = (getMetadataStorage() as unknown as { validationMetadatas: Map<Class, ValidationMetadata[]> }).validationMetadatas;
  // Ancestors first: a subclass copies the property list its parent has when it is decorated.
  const targets = [...stored.keys()].sort((a, b) => depth(a) - depth(b));
  for (const target of targets) {
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(target, '', true, false))
      byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
    for (const [property, rules] of byProperty) describe(target, property, rules);
  }
}

function depth(target: Class): number {
  let n = 0;
  for (let p = Object.getPrototypeOf(target) as unknown; typeof p === 'function' && p !== Function.prototype; p = Object.getPrototypeOf(p)) n += 1;
  return n;
}

function describe(target: Class, property: string, rules: ValidationMetadata[]): void {
  const prototype = target.prototype as object;
  const design = Reflect.getMetadata('design:type', prototype, property) as unknown;
  const array = design === Array || rules.some((r) => r.name === 'isArray');
  const own = options(rules.filter((r) => !array || !r.each));
  const nested = rules.some((r) => r.type === ValidationTypes.NESTED_VALIDATION) ? defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction() : undefined;
  const existing = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, property) as Record<string, unknown> | undefined;
  if (existing) {
    Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, completed(existing, rules, array || nested !== undefined), prototype, property);
    return;
  }
  const required = !rules.some((r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION);
  if (!array) {
    ApiProperty({ required, ...own, type: nested ?? own.type ?? (own.enum ? typeof own.enum[0] : primitive(design)) ?? 'object' } as Parameters<typeof ApiProperty>[0])(
      prototype,
      property,
    );
    return;
  }
  const each = options(rules.filter((r) => r.each));
  const items = nested ? undefined : { ...each, type: each.enum ? typeof each.enum[0] : typeName(each.type) };
  const bounds = { minItems: own.minItems, maxItems: own.maxItems };
  ApiProperty({ required, ...bounds, ...(nested ? { type: nested, isArray: true } : { type: 'array', items }) } as Parameters<typeof ApiProperty>[0])(prototype, property);
}

/**
 * An explicit @ApiProperty with what it leaves unsaid: bounds and formats (on an array, Swagger puts
 * formats, patterns and value bounds on its items), the allowed values, and the type where the
 * metadata knows none or too little (`string | null` reads as Object, `limit = 50` as nothing, an
 * integer as Number).
 */
function completed(existing: Record<string, unknown>, rules: ValidationMetadata[], arrayOrNested: boolean): Record<string, unknown> {
  const own = options(rules.filter((r) => !r.each));
  const each = options(rules.filter((r) => r.each));
  const source: PropertyOptions = existing['isArray'] ? { ...own, format: each.format, pattern: each.pattern, minimum: each.minimum, maximum: each.maximum } : own;
  const added: Record<string, unknown> = Object.fromEntries(FILLABLE.filter((k) => source[k] !== undefined && existing[k] === undefined).map((k) => [k, source[k]]));
  if (arrayOrNested) return { ...existing, ...added };
  if (!existing['enum'] && own.enum) added['enum'] = own.enum;
  const type = own.type ?? (own.enum ? typeof own.enum[0] : undefined);
  if (type && (existing['type'] === undefined || existing['type'] === Object || (existing['type'] === Number && type === 'integer'))) added['type'] = type;
  return { ...existing, ...added };
}

function primitive(design: unknown): unknown {
  return design === String || design === Number || design === Boolean ? design : undefined;
}

function typeName(type: unknown): string {
  if (type === String) return 'string';
  if (type === Boolean) return 'boolean';
  if (type === Number) return 'number';
  return typeof type === 'string' ? type : 'string';
}

/** What the rules say of one value (a property, or each item of an array). */
function options(rules: ValidationMetadata[]): PropertyOptions {
  const o: PropertyOptions = {};
  for (const r of rules) {
    const c = (r.constraints ?? []) as unknown[];
    switch (r.name) {
      case 'isString':
      case 'isResidentId':
        o.type ??= String;
        break;
      case 'isInt':
        o.type = 'integer';
        break;
      case 'isNumber':
      case 'isDecimalNumber':
        o.type ??= Number;
        break;
      case 'isBoolean':
        o.type = Boolean;
        break;
      case 'isUuid':
        Object.assign(o, { type: String, format: 'uuid' });
        break;
      case 'isIso8601':
        Object.assign(o, { type: String, format: 'date-time' });
        break;
      case 'isCalendarDate':
        Object.assign(o, { type: String, format: 'date' });
        break;
      case 'isIn':
        o.enum = [...(c[0] as unknown[])];
        break;
      case 'isEnum':
        o.enum = Object.values(c[0] as object);
        break;
      case 'matches':
        Object.assign(o, { type: String, pattern: (c[0] as RegExp).source });
        break;
      case 'minLength':
        o.minLength = c[0] as number;
        break;
      case 'maxLength':
        o.maxLength = c[0] as number;
        break;
      case 'length':
        Object.assign(o, { minLength: c[0] as number, maxLength: c[1] as number | undefined });
        break;
      case 'min':
        o.minimum = c[0] as number;
        break;
      case 'max':
        o.maximum = c[0] as number;
        break;
      case 'arrayMinSize':
        o.minItems = c[0] as number;
        break;
      case 'arrayMaxSize':
        o.maxItems = c[0] as number;
        break;
      case undefined:
      default:
    }
  }
  return o;
}
