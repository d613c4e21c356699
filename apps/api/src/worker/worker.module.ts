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
import { JobsCoreModule } from '../core/queue/jobs-core.module';
import { QueueModule } from '../core/queue/queue.module';
import { AuditModule } from '../modules/audit';
import { BudgetJobsModule, BudgetWorkerService } from '../modules/budget';
import { DutyJobsModule, DutyWorkerService } from '../modules/duty';
import { HotspotsJobsModule, HotspotsWorkerService } from '../modules/hotspots';
import { IndicatorsJobsModule, IndicatorsWorkerService } from '../modules/indicators';
import { ExportsWorkerService, PetitionsJobsModule } from '../modules/petitions';
import { DeadlinesWorkerService, LiveHintsWorkerService, WorkflowJobsModule } from '../modules/workflow';
import { OutboxConsumerService } from './outbox-consumer.service';

/** Consumer that records every delivered event: the delivery log other consumers join later. */
export const DELIVERY_LOG_CONSUMER = 'delivery-log';

/**
 * The worker process: each module with background work brings its own `<X>JobsModule` (its queue
 * processor, event consumers and schedules, with the services they need); this module only starts
 * them, then the outbox consumer and relay, so every consumer is subscribed before events flow.
 */
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
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        QueueModule,
        OutboxModule,
        LiveModule,
        AuditModule,
        PersonalDataModule,
        JobsCoreModule,
        PetitionsJobsModule,
        WorkflowJobsModule,
        DutyJobsModule,
        HotspotsJobsModule,
        IndicatorsJobsModule,
        BudgetJobsModule,
      ],
      providers: [OutboxRelayService, OutboxConsumerService],
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
