import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '../../../core/config/app-config';
import { EventDispatcherService } from '../../../core/outbox/event-dispatcher.service';
import { QUEUES } from '../../../core/queue/queue.constants';
import { JobSchedules } from '../../../core/queue/job-schedules';
import { QueueRegistry } from '../../../core/queue/queue.module';
import { QueueWorker } from '../../../core/queue/queue-worker';
import { ExportProcessorService } from '../ledgers/export-processor.service';
import { RetentionService } from '../ledgers/retention.service';
import { PersonalDataRotationService } from '../personal-data-rotation.service';

export const EXPORT_ENQUEUER = 'export-enqueuer';

interface ExportJobData {
  exportId?: string;
}

/** The scheduled clean-up job on the same queue (see RetentionService). */
const RETENTION_JOB = 'retention';
const RETENTION_EVERY_MS = 6 * 3600 * 1000;
/** Rewrites personal data not yet in the active key's v2 form (see PersonalDataRotationService). */
const ROTATION_JOB = 'personal-data-rotation';
const ROTATION_EVERY_MS = 24 * 3600 * 1000;

/**
 * Background exports: each relayed `export.requested` event becomes one job on the `exports`
 * queue (its id derived from the export, so a redelivered event adds nothing), processed one at a
 * time. When the queue gives up after its retries the export is marked failed for its requester.
 */
@Injectable()
export class ExportsWorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger(ExportsWorkerService.name);
  private worker: QueueWorker<ExportJobData> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dispatcher: EventDispatcherService,
    private readonly queues: QueueRegistry,
    private readonly schedules: JobSchedules,
    private readonly processor: ExportProcessorService,
    private readonly retention: RetentionService,
    private readonly rotation: PersonalDataRotationService,
  ) {}

  start(): void {
    this.dispatcher.subscribe(EXPORT_ENQUEUER, ['export.requested'], async (event) => {
      await this.queues.get(QUEUES.exports).add('ledger', { exportId: event.aggregateId }, { jobId: `export-${event.aggregateId}` });
    });
    this.worker = QueueWorker.start<ExportJobData>(this.config, QUEUES.exports, (job) => this.process(job), { concurrency: 1 });
    this.worker.worker.on('failed', (job, error) => {
      this.logger.warn(`Export job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`);
      const exportId = job?.data.exportId;
      if (job && exportId && job.attemptsMade >= (job.opts.attempts ?? 1)) void this.processor.fail(exportId, `导出失败：${error.message}`);
    });
    // One scheduler entry however many workers start (upsert by id).
    void this.schedules.schedule(QUEUES.exports, RETENTION_JOB, { every: RETENTION_EVERY_MS }, 'the retention job');
    void this.schedules.schedule(QUEUES.exports, ROTATION_JOB, { every: ROTATION_EVERY_MS }, 'the personal data rotation');
  }

  async process(job: Job<ExportJobData>): Promise<unknown> {
    if (job.name === RETENTION_JOB) return this.retention.run();
    if (job.name === ROTATION_JOB) return this.rotation.run();
    if (!job.data.exportId) throw new Error(`export job ${job.id ?? '?'} names no export`);
    return this.processor.run(job.data.exportId);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
