export { DiversionModule } from './diversion.module';
export { CaseDiversionEntity } from './entities/case-diversion.entity';
export { CaseConsultationEntity } from './entities/case-consultation.entity';
export { CaseLawFlagEntity } from './entities/case-law-flag.entity';
export { DiversionRuleEntity } from './entities/diversion-rule.entity';
export { DiversionFollowUpEntity } from './entities/diversion-follow-up.entity';
