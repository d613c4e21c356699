import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/core/config/app-config';
import { configureApp } from '../src/core/http/configure-app';
import { testSecrets } from './test-config';

/**
 * The real HTTP application (all modules, filters, pipes) on the given database and Redis, with
 * NODE_ENV=test and the test-only password-hash cost (a spec's `env` may override either).
 */
export async function createTestApp(databaseUrl: string, redisUrl: string, env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...testSecrets(),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PASSWORD_HASH_COST: 'test',
    ...env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: false });
  configureApp(app, config);
  await app.init();
  return app;
}
