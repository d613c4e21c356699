import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { bootConfig } from './core/config/boot-config';
import { migrateDatabase } from './core/database/migrate';
import { installCrashRedaction, installOutputRedaction } from './core/logging/output-redaction';
import { configureApp } from './core/http/configure-app';

installOutputRedaction();
installCrashRedaction('api');

async function bootstrap(): Promise<void> {
  const config = bootConfig('api');
  if (config.MIGRATE_ON_BOOT) await migrateDatabase(config.DATABASE_URL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, config);
  await app.listen(config.PORT, config.HOST);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`[api] failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
