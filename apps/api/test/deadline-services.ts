import type { INestApplicationContext, Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../src/core/config/app-config';
import { ConfigModule } from '../src/core/config/config.module';
import { DatabaseModule } from '../src/core/database/database.module';
import { LiveModule } from '../src/core/live/live.module';
import { OutboxModule } from '../src/core/outbox/outbox.module';
import { QueueModule } from '../src/core/queue/queue.module';
import { AuditModule } from '../src/modules/audit';
import { CalendarService } from '../src/modules/calendar';
import { INDICATOR_JOB_PROVIDERS } from '../src/modules/indicators';
import { CaseEventsService, ClocksService, NotificationsService } from '../src/modules/workflow';
import { DeadlineSweepService } from '../src/modules/workflow/reminders/deadline-sweep.service';
import { RemindersService } from '../src/modules/workflow/reminders/reminders.service';
import { uniquePrefix } from './test-database';

/**
 * Job services on their own, without queues or listeners: a test calls them as the scheduler
 * would, with no worker around that could run them first. Its queues get a prefix of their own
 * unless `env` names one.
 */
export async function createServiceContext(env: Record<string, string>, providers: Provider[]): Promise<INestApplicationContext> {
  class JobServicesModule {}
  return NestFactory.createApplicationContext(
    {
      module: JobServicesModule,
      imports: [ConfigModule.forRoot(loadConfig({ QUEUE_PREFIX: uniquePrefix(), ...env })), DatabaseModule, QueueModule, OutboxModule, LiveModule, AuditModule],
      providers,
    },
    { logger: false },
  );
}

/** The deadline sweep and reminders. */
export const createDeadlineServices = (env: Record<string, string>): Promise<INestApplicationContext> =>
  createServiceContext(env, [CalendarService, ClocksService, CaseEventsService, NotificationsService, RemindersService, DeadlineSweepService]);

/** The indicator computation and its event marking. */
export const createIndicatorServices = (env: Record<string, string>): Promise<INestApplicationContext> => createServiceContext(env, INDICATOR_JOB_PROVIDERS);
