import { JobSchedules } from '../core/queue/job-schedules';
import { type DynamicModule, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../core/config/app-config';
import { ConfigModule } from '../core/config/config.module';
import { DatabaseModule } from '../core/database/database.module';
import { LiveModule } from '../core/live/live.module';
import { LoggingModule } from '../core/logging/logging.module';
import { EventDispatcherService } from '../core/outbox/event-dispatcher.service';
import { OutboxRelayService } from '../core/outbox/outbox-relay.service';
import { OutboxModule } from '../core/outbox/outbox.module';
import { PersonalDataModule } from '../core/personal-data/personal-data.module';
import { QueueModule } from '../core/queue/queue.module';
import { ExportsWorkerService } from './exports-worker.service';
import { DeadlinesWorkerService } from './deadlines-worker.service';
import { DutyWorkerService } from './duty-worker.service';
import { DutySweepService } from '../modules/duty';
import { IncidentLimitSweepService } from '../modules/incidents';
import { WeeklyCheckService } from '../modules/hotspots';
import { HotspotsWorkerService } from './hotspots-worker.service';
import { AuditModule } from '../modules/audit';
import { CalendarService } from '../modules/calendar';
import { CaseEventsService, ClocksService, DeadlineSweepService, NotificationsService, PublicLookupRetention, RemindersService } from '../modules/workflow';
import { OutboxConsumerService } from './outbox-consumer.service';
import { BudgetWorkerService } from './budget-worker.service';
import { BudgetProjectsService, BudgetSpendingService, GoalRowsService } from '../modules/budget';
import { IndicatorsWorkerService } from './indicators-worker.service';
import { LiveHintsWorkerService } from './live-hints-worker.service';
import { IndicatorComputationService, INDICATOR_JOB_PROVIDERS } from '../modules/indicators';
import { ExportProcessorService, LedgerWriterService, PersonalDataRotationService, RetentionService } from '../modules/petitions';

/** Consumer that records every delivered event: the delivery log other consumers join later. */
export const DELIVERY_LOG_CONSUMER = 'delivery-log';

@Module({})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly relay: OutboxRelayService,
    private readonly consumer: OutboxConsumerService,
    private readonly dispatcher: EventDispatcherService,
    private readonly exports: ExportsWorkerService,
    private readonly deadlines: DeadlinesWorkerService,
    private readonly duty: DutyWorkerService,
    private readonly hotspots: HotspotsWorkerService,
    private readonly indicators: IndicatorsWorkerService,
    private readonly budget: BudgetWorkerService,
    private readonly liveHints: LiveHintsWorkerService,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule, QueueModule, OutboxModule, LiveModule, AuditModule, PersonalDataModule],
      providers: [
        JobSchedules,
        OutboxRelayService,
        EventDispatcherService,
        OutboxConsumerService,
        LedgerWriterService,
        ExportProcessorService,
        RetentionService,
        PersonalDataRotationService,
        ExportsWorkerService,
        CalendarService,
        ClocksService,
        CaseEventsService,
        NotificationsService,
        RemindersService,
        DeadlineSweepService,
        PublicLookupRetention,
        DeadlinesWorkerService,
        ...INDICATOR_JOB_PROVIDERS,
        IndicatorsWorkerService,
        DutySweepService,
        IncidentLimitSweepService,
        DutyWorkerService,
        WeeklyCheckService,
        HotspotsWorkerService,
        GoalRowsService,
        BudgetProjectsService,
        BudgetSpendingService,
        BudgetWorkerService,
        LiveHintsWorkerService,
      ],
      exports: [OutboxRelayService, EventDispatcherService, OutboxConsumerService, ExportProcessorService, RetentionService, RemindersService, DeadlineSweepService, DeadlinesWorkerService, IndicatorComputationService, IndicatorsWorkerService],
    };
  }

  onApplicationBootstrap(): void {
    this.dispatcher.subscribe(DELIVERY_LOG_CONSUMER, '*', async () => undefined);
    this.exports.start();
    this.deadlines.start();
    this.duty.start();
    this.hotspots.start();
    this.indicators.start();
    this.budget.start();
    this.liveHints.start();
    this.consumer.start();
    this.relay.start();
  }
}
