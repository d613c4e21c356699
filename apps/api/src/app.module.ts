import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { HealthModule } from './core/health/health.module';
import { IdempotencyInterceptor } from './core/idempotency/idempotency.interceptor';
import { LiveModule } from './core/live/live.module';
import { LiveStreamModule } from './modules/live';
import { LoggingModule } from './core/logging/logging.module';
import { PersonalDataModule } from './core/personal-data/personal-data.module';
import { OutboxModule } from './core/outbox/outbox.module';
import { QueueModule } from './core/queue/queue.module';
import { AuditModule } from './modules/audit';
import { IdentityModule } from './modules/identity';
import { OrgModule } from './modules/org';
import { PetitionsModule } from './modules/petitions';
import { CalendarModule } from './modules/calendar';
import { DutyModule } from './modules/duty';
import { IndicatorsModule } from './modules/indicators';
import { WorkflowModule } from './modules/workflow';
import { IncidentsModule } from './modules/incidents';
import { PublicityModule } from './modules/publicity';
import { DiversionModule } from './modules/diversion';
import { BudgetModule } from './modules/budget';
import { HotspotsModule } from './modules/hotspots';

/** The HTTP application. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        OutboxModule,
        LiveModule,
        PersonalDataModule,
        HealthModule,
        AuditModule,
        OrgModule,
        IdentityModule,
        PetitionsModule,
        CalendarModule,
        WorkflowModule,
        DutyModule,
        IncidentsModule,
        PublicityModule,
        DiversionModule,
        BudgetModule,
        HotspotsModule,
        IndicatorsModule,
        LiveStreamModule,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
    };
  }
}
