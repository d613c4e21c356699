import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { PNG } from '../territorial-fixtures';
import type { Viewer } from './canary-tokens';

/** Bearer tokens of the sweep's viewers, and small request helpers for seeding as one of them. */
export class CanaryHttp {
  readonly tokens = {} as Record<Viewer, string>;

  constructor(
    readonly app: NestExpressApplication,
    readonly dataSource: DataSource,
  ) {}

  unitId = async (name: string): Promise<string> => (await this.dataSource.query('SELECT id FROM org_unit WHERE name = $1 ORDER BY retired_at NULLS FIRST LIMIT 1', [name]))[0].id;

  async login(viewer: Viewer, username: string, password: string): Promise<void> {
    const res = await request(this.app.getHttpServer()).post('/api/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    this.tokens[viewer] = res.body.accessToken;
  }

  /** A POST/PUT that must succeed (seeding): the body of the answer. */
  async send(as: Viewer, method: 'post' | 'put', path: string, body: object): Promise<Record<string, unknown>> {
    const res = await this.try(as, method, path, body);
    if (res.status >= 300) throw new Error(`canary seed ${method.toUpperCase()} ${path} as ${as}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** A POST/PUT that the API may refuse (a link it does not allow): the whole answer. */
  try(as: Viewer, method: 'post' | 'put', path: string, body: object): request.Test {
    return request(this.app.getHttpServer())[method](path).set('Authorization', `Bearer ${this.tokens[as]}`).send(body);
  }

  async upload(as: Viewer, path: string, fileName: string): Promise<Record<string, unknown>> {
    const res = await request(this.app.getHttpServer()).post(path).set('Authorization', `Bearer ${this.tokens[as]}`).attach('file', PNG, fileName);
    if (res.status !== 201) throw new Error(`canary upload ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  get(as: Viewer, path: string): request.Test {
    return request(this.app.getHttpServer()).get(path).set('Authorization', `Bearer ${this.tokens[as]}`);
  }
}
