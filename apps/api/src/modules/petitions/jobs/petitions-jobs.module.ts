import { Module } from '@nestjs/common';
import { ExportProcessorService } from '../ledgers/export-processor.service';
import { LedgerWriterService } from '../ledgers/ledger-writer.service';
import { RetentionService } from '../ledgers/retention.service';
import { PersonalDataRotationService } from '../personal-data-rotation.service';
import { ExportsWorkerService } from './exports-worker.service';

/** The petitions' part of the worker process: the `exports` queue (ledger exports, retention, key rotation). */
@Module({
  providers: [LedgerWriterService, ExportProcessorService, RetentionService, PersonalDataRotationService, ExportsWorkerService],
  exports: [ExportsWorkerService],
})
export class PetitionsJobsModule {}
