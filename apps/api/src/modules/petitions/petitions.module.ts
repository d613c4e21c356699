import { forwardRef, Module } from '@nestjs/common';
import { WorkflowModule } from '../workflow';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { CaseQueriesService } from './cases/case-queries.service';
import { CaseRegistrationService } from './cases/case-registration.service';
import { CasesController } from './cases/cases.controller';
import { ContentCategoriesController } from './content-categories.controller';
import { ContentCategoriesService } from './content-categories.service';
import { IdentityNumberController } from './identity-number.controller';
import { IdentityNumberService } from './identity-number.service';
import { ExportJobsService } from './ledgers/export-jobs.service';
import { LedgersController } from './ledgers/ledgers.controller';
import { LedgersService } from './ledgers/ledgers.service';
import { LedgerWriterService } from './ledgers/ledger-writer.service';
import { PetitionersController } from './petitioners.controller';
import { PetitionersService } from './petitioners.service';
import { RepeatCandidatesService } from './repeats/repeat-candidates.service';
import { RepeatLinksService } from './repeats/repeat-links.service';
import { RepeatsController } from './repeats/repeats.controller';
import { VisitsController } from './visits/visits.controller';
import { VisitsService } from './visits/visits.service';

/** Petitioners, cases and visits. */
@Module({
  // forwardRef: the workflow reaches petition_case through this module's index.ts (case-records.ts).
  imports: [forwardRef(() => WorkflowModule)],
  controllers: [
    IdentityNumberController,
    PetitionersController,
    CasesController,
    ContentCategoriesController,
    VisitsController,
    RepeatsController,
    LedgersController,
    AttachmentsController,
  ],
  providers: [
    IdentityNumberService,
    PetitionersService,
    CaseRegistrationService,
    CaseQueriesService,
    ContentCategoriesService,
    VisitsService,
    RepeatCandidatesService,
    RepeatLinksService,
    LedgerWriterService,
    LedgersService,
    ExportJobsService,
    AttachmentsService,
  ],
})
export class PetitionsModule {}
