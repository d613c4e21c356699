import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ROLES, type Role } from '@julu/contracts';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { seedDemoData } from '../../seed/seed-demo-data';
import { ACCESS_MATRIX, type AccessRule } from '../../testing/access-matrix';
import { createTestApp } from '../../testing/test-app';
import { createMigratedDataSource, type TestDatabase, testRedisUrl } from '../../testing/test-database';

const PASSWORD = 'matrix-test-password-1';
const USER_BY_ROLE: Record<Role, string> = {
  ADMIN: 'admin',
  SUPERVISOR: 'supervisor',
  RECEPTION: 'reception',
  HANDLER: 'handler',
  TOWNSHIP_OFFICER: 'township',
};

describe('access matrix: every route × every role (real PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let app: NestExpressApplication;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    ({ db, dataSource } = await createMigratedDataSource());
    await seedDemoData(dataSource, PASSWORD);
    app = await createTestApp(db.url, testRedisUrl());
    for (const role of ROLES) {
      const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username: USER_BY_ROLE[role], password: PASSWORD });
      tokens[role] = res.body.accessToken;
    }
  });

  afterAll(async () => {
    await app.close();
    await dataSource.destroy();
    await db.drop();
  });

  const key = (r: { method: string; path: string }): string => `${r.method.toUpperCase()} ${r.path}`;

  it('has an entry for every route the app serves, and no entry for a route that is gone', () => {
    const document = SwaggerModule.createDocument(app, { openapi: '3.0.0', info: { title: 'matrix', version: '0' } });
    const served = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => key({ method, path: path.replace(/\{(\w+)\}/g, ':$1') })),
    );
    expect(served.sort()).toEqual(ACCESS_MATRIX.map(key).sort());
  });

  const send = (rule: AccessRule, token?: string): request.Test => {
    const call = request(app.getHttpServer())[rule.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](rule.path);
    if (token) call.set('Authorization', `Bearer ${token}`);
    return rule.method === 'GET' ? call : call.send({});
  };

  const cases = ACCESS_MATRIX.flatMap((rule) => [
    { rule, role: 'anonymous' as const },
    ...ROLES.map((role) => ({ rule, role })),
  ]);

  it.each(cases.map((c) => [key(c.rule), c.role, c] as const))('%s as %s', async (_, __, { rule, role }) => {
    const res = await send(rule, role === 'anonymous' ? undefined : tokens[role]);
    if (rule.public) {
      expect([401, 403]).not.toContain(res.status);
    } else if (role === 'anonymous') {
      expect(res.status).toBe(401);
    } else if (rule.allow?.includes(role)) {
      expect([401, 403]).not.toContain(res.status);
    } else {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    expect(res.status).toBeLessThan(500);
  });
});
