import type { INestApplicationContext, Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../core/config/app-config';
import { ConfigModule } from '../core/config/config.module';
import { DatabaseModule } from '../core/database/database.module';
import { LiveModule } from '../core/live/live.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { QueueModule } from '../core/queue/queue.module';
import { AuditModule } from '../modules/audit';
import { CalendarService } from '../modules/calendar';
import { INDICATOR_JOB_PROVIDERS } from '../modules/indicators';
import { CaseEventsService, ClocksService, NotificationsService } from '../modules/workflow';
import { DeadlineSweepService } from '../modules/workflow/reminders/deadline-sweep.service';
import { RemindersService } from '../modules/workflow/reminders/reminders.service';

/**
 * Job services on their own, without queues or listeners: a test calls them as the scheduler
 * would, with no worker around that could run them first.
 */
export async function createServiceContext(env: Record<string, string>, providers: Provider[]): Promise<INestApplicationContext> {
  class JobServicesModule {}
  return NestFactory.createApplicationContext(
    { module: JobServicesModule, imports: [ConfigModule.forRoot(loadConfig(env)), DatabaseModule, QueueModule, OutboxModule, LiveModule, AuditModule], providers },
    { logger: false },
  );
}

/** The deadline sweep and reminders. */
export const createDeadlineServices = (env: Record<string, string>): Promise<INestApplicationContext> =>
  createServiceContext(env, [CalendarService, ClocksService, CaseEventsService, NotificationsService, RemindersService, DeadlineSweepService]);

/** The indicator computation and its event marking. */
export const createIndicatorServices = (env: Record<string, string>): Promise<INestApplicationContext> => createServiceContext(env, INDICATOR_JOB_PROVIDERS);
