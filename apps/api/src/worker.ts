import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { bootConfig } from './core/config/boot-config';
import { migrateDatabase } from './core/database/migrate';
import { installCrashRedaction, installOutputRedaction } from './core/logging/output-redaction';
import { WorkerModule } from './worker/worker.module';

installOutputRedaction();
installCrashRedaction('worker');

/** The BullMQ worker process: outbox relay and queue processors. */
async function bootstrap(): Promise<void> {
  const config = bootConfig('worker');
  if (config.MIGRATE_ON_BOOT) await migrateDatabase(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Worker started: outbox relay and processors running');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`[worker] failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
