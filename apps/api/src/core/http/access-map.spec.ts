import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { FEATURE_ACCESS, isFeature } from '@julu/contracts';
import { ALLOWED_FEATURE, ALLOWED_ROLES } from './access.decorator';
import { IS_PUBLIC } from './public.decorator';

const SRC = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

type Handler = { controller: string; handler: string; target: object; owner: object };

/** Every route handler of every controller under src/, read from Nest's own metadata. */
function routeHandlers(): Handler[] {
  const files = sourceFiles(SRC).filter((file) => file.endsWith('.controller.ts'));
  expect(files.length).toBeGreaterThan(30);
  return files.flatMap((file) =>
    Object.values(require(file) as Record<string, unknown>)
      .filter((value): value is new () => object => typeof value === 'function' && Reflect.hasMetadata(PATH_METADATA, value))
      .flatMap((controller) =>
        Object.getOwnPropertyNames(controller.prototype)
          .filter((name) => name !== 'constructor')
          .map((name) => ({ name, target: (controller.prototype as Record<string, object>)[name] }))
          .filter(({ target }) => typeof target === 'function' && Reflect.hasMetadata(METHOD_METADATA, target))
          .map(({ name, target }) => ({ controller: `${relative(SRC, file)} ${controller.name}`, handler: name, target, owner: controller })),
      ),
  );
}

const own = (key: string, handler: Handler): unknown => Reflect.getMetadata(key, handler.target) ?? Reflect.getMetadata(key, handler.owner);

describe('access map: every API route is allowed through FEATURE_ACCESS', () => {
  const handlers = routeHandlers();

  it('Issue 18: each route is @Public() or names one feature whose roles are exactly the map entry', () => {
    expect(handlers.length).toBeGreaterThan(100);
    const bypassing = handlers.filter((h) => {
      if (own(IS_PUBLIC, h) === true) return false;
      const feature = own(ALLOWED_FEATURE, h);
      return !isFeature(feature) || own(ALLOWED_ROLES, h) !== FEATURE_ACCESS[feature];
    });
    expect(bypassing.map((h) => `${h.controller}.${h.handler}`)).toEqual([]);
  });

  it('Issue 18: only @Allow writes the allowed roles (no SetMetadata of role lists elsewhere)', () => {
    const writers = sourceFiles(SRC)
      .filter((file) => !file.endsWith('access.decorator.ts'))
      .filter((file) => /ALLOWED_ROLES|allowedRoles/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(writers).toEqual(['modules/identity/roles.guard.ts']);
  });
});
