import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/core/config/app-config';
import { configureApp } from '../src/core/http/configure-app';
import { testSecrets } from './test-config';
import { uniquePrefix } from './test-database';

/**
 * The real HTTP application (all modules, filters, pipes) on the given database and Redis, with
 * NODE_ENV=test, the test-only password-hash cost and a queue prefix of its own (a spec's `env` may
 * override any): its queues, job schedulers and live-hint channel are apart from those of the apps
 * other test files run at the same time on the same Redis (the tier runs jest workers in parallel).
 */
export async function createTestApp(databaseUrl: string, redisUrl: string, env: Record<string, string> = {}): Promise<NestExpressApplication> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    ...testSecrets(),
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    PASSWORD_HASH_COST: 'test',
    QUEUE_PREFIX: uniquePrefix(),
    ...env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger: false });
  configureApp(app, config);
  await app.init();
  return app;
}
