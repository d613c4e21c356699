import { Foundation1764100000000 } from './1764100000000-foundation';
import { AuthSessionsAndAudit1764200000000 } from './1764200000000-auth-sessions-and-audit';
import { OrgAdmin1764300000000 } from './1764300000000-org-admin';
import { AuditSearch1764400000000 } from './1764400000000-audit-search';
import { Petitioners1764500000000 } from './1764500000000-petitioners';
import { IdempotencyKeys1764600000000 } from './1764600000000-idempotency-keys';
import { Cases1764700000000 } from './1764700000000-cases';
import { Visits1764800000000 } from './1764800000000-visits';
import { RepeatLinks1764900000000 } from './1764900000000-repeat-links';
import { ExportJobs1765000000000 } from './1765000000000-export-jobs';
import { CaseAttachments1765100000000 } from './1765100000000-case-attachments';
import { CategoryVersions1765200000000 } from './1765200000000-category-versions';
import { Workflow1765300000000 } from './1765300000000-workflow';
import { Duty1765400000000 } from './1765400000000-duty';
import { DutyPersonAttendance1766430000000 } from './1766430000000-duty-person-attendance';
import { GoalRowBindings1766431000000 } from './1766431000000-goal-row-bindings';
import { VillageListComplete1766432000000 } from './1766432000000-village-list-complete';
import { Incidents1765500000000 } from './1765500000000-incidents';
import { Publicity1765600000000 } from './1765600000000-publicity';
import { Diversion1765700000000 } from './1765700000000-diversion';
import { Hotspots1765800000000 } from './1765800000000-hotspots';
import { Budget1766000000000 } from './1766000000000-budget';
import { BudgetEvaluation1766100000000 } from './1766100000000-budget-evaluation';
import { OutboxDelivery1766200000000 } from './1766200000000-outbox-delivery';
import { Indicators1765900000000 } from './1765900000000-indicators';
import { ProvinceScaleIndexes1766210000000 } from './1766210000000-province-scale-indexes';
import { NoticeDeliveryIndex1766220000000 } from './1766220000000-notice-delivery-index';
import { RowLevelSecurity1766300000000 } from './1766300000000-row-level-security';
import { RowLevelSecurityLinked1766301000000 } from './1766301000000-row-level-security-linked';
import { PetitionerBirthYearAndMask1766310000000 } from './1766310000000-petitioner-birth-year-and-mask';
import { RateLimitCounters1766320000000 } from './1766320000000-rate-limit-counters';
import { FeedbackClockRule1766410000000 } from './1766410000000-feedback-clock-rule';
import { CaseReceivedOn1766411000000 } from './1766411000000-case-received-on';
import { BacklogResolvedOn1766420000000 } from './1766420000000-backlog-resolved-on';
import { IncidentReportTimes1766421000000 } from './1766421000000-incident-report-times';
import { DiversionRulesRevision1766440000000 } from './1766440000000-diversion-rules-revision';
import { PetitionerAccusedUnits1766440100000 } from './1766440100000-petitioner-accused-units';
import { DutyReportWithdrawal1766452000000 } from './1766452000000-duty-report-withdrawal';
import { NoticeIssuerPrefix1766453000000 } from './1766453000000-notice-issuer-prefix';
import { CaseNumberTakenLast1766454000000 } from './1766454000000-case-number-taken-last';
import { SystemRole1766456000000 } from './1766456000000-system-role';
import { DocumentAbbrUnique1766460000000 } from './1766460000000-document-abbr-unique';
import { IndicatorContribution1766461000000 } from './1766461000000-indicator-contribution';
import { IndicatorReconciliationRun1766470000000 } from './1766470000000-indicator-reconciliation-run';
import { IndicatorRunUnitIndex1766480000000 } from './1766480000000-indicator-run-unit-index';

/** Every migration in order; listed explicitly so the bundled API needs no globbing. */
export const MIGRATIONS = [
  Foundation1764100000000,
  AuthSessionsAndAudit1764200000000,
  OrgAdmin1764300000000,
  AuditSearch1764400000000,
  Petitioners1764500000000,
  IdempotencyKeys1764600000000,
  Cases1764700000000,
  Visits1764800000000,
  RepeatLinks1764900000000,
  ExportJobs1765000000000,
  CaseAttachments1765100000000,
  CategoryVersions1765200000000,
  Workflow1765300000000,
  Duty1765400000000,
  Incidents1765500000000,
  Publicity1765600000000,
  Diversion1765700000000,
  Hotspots1765800000000,
  Indicators1765900000000,
  Budget1766000000000,
  BudgetEvaluation1766100000000,
  OutboxDelivery1766200000000,
  ProvinceScaleIndexes1766210000000,
  NoticeDeliveryIndex1766220000000,
  RowLevelSecurity1766300000000,
  RowLevelSecurityLinked1766301000000,
  PetitionerBirthYearAndMask1766310000000,
  RateLimitCounters1766320000000,
  FeedbackClockRule1766410000000,
  CaseReceivedOn1766411000000,
  BacklogResolvedOn1766420000000,
  IncidentReportTimes1766421000000,
  DutyPersonAttendance1766430000000,
  GoalRowBindings1766431000000,
  VillageListComplete1766432000000,
  DiversionRulesRevision1766440000000,
  PetitionerAccusedUnits1766440100000,
  DutyReportWithdrawal1766452000000,
  NoticeIssuerPrefix1766453000000,
  CaseNumberTakenLast1766454000000,
  SystemRole1766456000000,
  DocumentAbbrUnique1766460000000,
  IndicatorContribution1766461000000,
  IndicatorReconciliationRun1766470000000,
  IndicatorRunUnitIndex1766480000000,
];
