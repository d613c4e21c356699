import { Global, Module } from '@nestjs/common';
import { EventDispatcherService } from '../outbox/event-dispatcher.service';
import { JobSchedules } from './job-schedules';

/**
 * What every module's `<X>JobsModule` injects in the worker process: the recurring-job schedules
 * and the outbox event dispatcher its consumers subscribe to. Imported once, by WorkerModule.
 */
@Global()
@Module({ providers: [JobSchedules, EventDispatcherService], exports: [JobSchedules, EventDispatcherService] })
export class JobsCoreModule {}
