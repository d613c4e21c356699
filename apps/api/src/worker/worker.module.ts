import { type DynamicModule, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../core/config/app-config';
import { ConfigModule } from '../core/config/config.module';
import { DatabaseModule } from '../core/database/database.module';
import { LoggingModule } from '../core/logging/logging.module';
import { EventDispatcherService } from '../core/outbox/event-dispatcher.service';
import { OutboxRelayService } from '../core/outbox/outbox-relay.service';
import { OutboxModule } from '../core/outbox/outbox.module';
import { QueueModule } from '../core/queue/queue.module';
import { OutboxConsumerService } from './outbox-consumer.service';

/** Consumer that records every delivered event: the delivery log other consumers join later. */
export const DELIVERY_LOG_CONSUMER = 'delivery-log';

@Module({})
export class WorkerModule implements OnApplicationBootstrap {
  constructor(
    private readonly relay: OutboxRelayService,
    private readonly consumer: OutboxConsumerService,
    private readonly dispatcher: EventDispatcherService,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule, QueueModule, OutboxModule],
      providers: [OutboxRelayService, EventDispatcherService, OutboxConsumerService],
      exports: [OutboxRelayService, EventDispatcherService, OutboxConsumerService],
    };
  }

  onApplicationBootstrap(): void {
    this.dispatcher.subscribe(DELIVERY_LOG_CONSUMER, '*', async () => undefined);
    this.consumer.start();
    this.relay.start();
  }
}
