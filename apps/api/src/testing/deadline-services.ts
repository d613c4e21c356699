import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../core/config/app-config';
import { ConfigModule } from '../core/config/config.module';
import { DatabaseModule } from '../core/database/database.module';
import { OutboxModule } from '../core/outbox/outbox.module';
import { AuditModule } from '../modules/audit';
import { CalendarService } from '../modules/calendar';
import { CaseEventsService, ClocksService, NotificationsService } from '../modules/workflow';
import { DeadlineSweepService } from '../modules/workflow/reminders/deadline-sweep.service';
import { RemindersService } from '../modules/workflow/reminders/reminders.service';

/**
 * The deadline services on their own, without queues or listeners: a test calls the sweep as the
 * scheduler would, with no worker around that could fire a reminder first.
 */
export async function createDeadlineServices(env: Record<string, string>): Promise<INestApplicationContext> {
  class DeadlineServicesModule {}
  return NestFactory.createApplicationContext(
    {
      module: DeadlineServicesModule,
      imports: [ConfigModule.forRoot(loadConfig(env)), DatabaseModule, OutboxModule, AuditModule],
      providers: [CalendarService, ClocksService, CaseEventsService, NotificationsService, RemindersService, DeadlineSweepService],
    },
    { logger: false },
  );
}
