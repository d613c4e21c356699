export { PetitionsModule } from './petitions.module';
export { ExportProcessorService } from './ledgers/export-processor.service';
export { LedgerWriterService } from './ledgers/ledger-writer.service';
export { RetentionService } from './ledgers/retention.service';
export { PersonalDataRotationService } from './personal-data-rotation.service';
