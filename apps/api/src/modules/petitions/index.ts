// The case writes come first: workflow imports them, and PetitionsModule imports the workflow.
export { type CaseGuard, type CaseStateChange, flagLawRelated, markCaseChanged, setCasesOverdue, setCaseState } from './cases/case-records';
export { PetitionsModule } from './petitions.module';
export { ExportProcessorService } from './ledgers/export-processor.service';
export { LedgerWriterService } from './ledgers/ledger-writer.service';
export { RetentionService } from './ledgers/retention.service';
export { PersonalDataRotationService } from './personal-data-rotation.service';
