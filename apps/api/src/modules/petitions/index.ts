// The case writes and reads come first: workflow imports them, and PetitionsModule imports the workflow.
export { type CaseGuard, type CaseStateChange, flagLawRelated, markCaseChanged, setCasesOverdue, setCaseState } from './cases/case-records';
export {
  caseHeadingOf,
  caseStatusOf,
  countVisibleCases,
  isCaseVisible,
  type PriorCaseFacts,
  primaryPetitionerNameSql,
  priorCaseFacts,
  visibleCaseIdSql,
  visibleCasesSql,
} from './cases/case-lookups';
export { caseCondition } from './cases/case-scope';
export { PetitionsModule } from './petitions.module';
export { PetitionsJobsModule } from './jobs/petitions-jobs.module';
export { ExportsWorkerService } from './jobs/exports-worker.service';
export { PetitionerEntity } from './entities/petitioner.entity';
export { PetitionCaseEntity } from './entities/petition-case.entity';
export { CasePetitionerEntity } from './entities/case-petitioner.entity';
export { CaseNumberCounterEntity } from './entities/case-number-counter.entity';
export { CaseRepeatLinkEntity } from './entities/case-repeat-link.entity';
export { CaseAttachmentEntity } from './entities/case-attachment.entity';
export { ContentCategoryEntity } from './entities/content-category.entity';
export { VisitEntity } from './entities/visit.entity';
export { VisitRepresentativeEntity } from './entities/visit-representative.entity';
export { ExportJobEntity } from './entities/export-job.entity';
