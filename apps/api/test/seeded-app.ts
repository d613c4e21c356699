import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestApp } from './test-app';
import { createSeededDataSource, type TestDatabase, testRedisUrl } from './test-database';

/** A migrated, seeded database with the real HTTP app on it, and bearer headers for demo users. */
export interface SeededApp {
  db: TestDatabase;
  dataSource: DataSource;
  app: NestExpressApplication;
  /** `Authorization` headers by demo username. */
  auth: Record<string, Record<string, string>>;
  http: () => request.Agent;
  /** Id of the org unit with this name (active first). */
  unitId: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function startSeededApp(password: string, usernames: readonly string[], env: Record<string, string> = {}): Promise<SeededApp> {
  const { db, dataSource } = await createSeededDataSource(password);
  const app = await createTestApp(db.url, testRedisUrl(), env);
  const http = (): request.Agent => request.agent(app.getHttpServer());
  const auth: Record<string, Record<string, string>> = {};
  for (const username of usernames) {
    const res = await http().post('/api/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`demo login ${username} failed: ${res.status}`);
    auth[username] = { Authorization: `Bearer ${res.body.accessToken}` };
  }
  return {
    db,
    dataSource,
    app,
    auth,
    http,
    unitId: async (name) => (await dataSource.query('SELECT id FROM org_unit WHERE name = $1 ORDER BY retired_at NULLS FIRST LIMIT 1', [name]))[0].id,
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** Supertest parser collecting a binary body (xlsx, attachments) into a Buffer. */
export function binaryBody(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
