import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/** A query parameter a route accepts: its name, whether it is required, and its allowed values if listed. */
export interface QueryParam {
  name: string;
  optional: boolean;
  values: readonly string[] | null;
  uuid: boolean;
  max: number | null;
}

export interface GetRoute {
  /** As in the access matrix: `/api/cases/:id`. */
  path: string;
  params: string[];
  query: QueryParam[];
}

const join = (...parts: string[]): string =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/**
 * Every GET route of the OpenAPI document, with the query parameters its DTO validates (read from
 * the class-validator metadata, so filters without an @ApiProperty are swept too).
 */
export function getRoutes(app: NestExpressApplication): GetRoute[] {
  const document = SwaggerModule.createDocument(app, { openapi: '3.0.0', info: { title: 'canary', version: '0' } });
  const queries = queryClasses(app);
  return Object.entries(document.paths)
    .filter(([, ops]) => 'get' in ops)
    .map(([raw]) => {
      const path = raw.replace(/\{(\w+)\}/g, ':$1');
      const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
      return { path, params, query: queries.get(path) ?? [] };
    });
}

/** GET route path → the query DTO's parameters, from the controllers' metadata. */
function queryClasses(app: NestExpressApplication): Map<string, QueryParam[]> {
  const out = new Map<string, QueryParam[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const cls = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!cls) continue;
      const base = [Reflect.getMetadata(PATH_METADATA, cls) ?? ''].flat()[0] as string;
      for (const name of Object.getOwnPropertyNames(cls.prototype)) {
        const handler = (cls.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
        const sub = [Reflect.getMetadata(PATH_METADATA, handler) ?? ''].flat()[0] as string;
        const args: Record<string, { index: number }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, cls, name) ?? {};
        const types: unknown[] = Reflect.getMetadata('design:paramtypes', cls.prototype, name) ?? [];
        const query = Object.entries(args).find(([key, a]) => key.startsWith(`${RouteParamtypes.QUERY}:`) && typeof types[a.index] === 'function');
        const dto = query ? (types[query[1].index] as new () => object) : null;
        out.set(join('api', base, sub), dto ? paramsOf(dto) : []);
      }
    }
  }
  return out;
}

function paramsOf(dto: new () => object): QueryParam[] {
  const byName = new Map<string, QueryParam>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const p = byName.get(m.propertyName) ?? { name: m.propertyName, optional: false, values: null, uuid: false, max: null };
    if (m.type === 'conditionalValidation') p.optional = true;
    if (m.name === 'isIn') p.values = (m.constraints?.[0] as unknown[]).map(String);
    if (m.name === 'isUuid') p.uuid = true;
    if (m.name === 'max') p.max = Number(m.constraints?.[0]);
    byName.set(m.propertyName, p);
  }
  return [...byName.values()];
}
