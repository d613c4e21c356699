import { Module } from '@nestjs/common';
import { CaseQueriesService } from './cases/case-queries.service';
import { CaseRegistrationService } from './cases/case-registration.service';
import { CasesController } from './cases/cases.controller';
import { ContentCategoriesController } from './content-categories.controller';
import { ContentCategoriesService } from './content-categories.service';
import { IdentityNumberController } from './identity-number.controller';
import { IdentityNumberService } from './identity-number.service';
import { PetitionersController } from './petitioners.controller';
import { PetitionersService } from './petitioners.service';
import { VisitsController } from './visits/visits.controller';
import { VisitsService } from './visits/visits.service';

/** Petitioners, cases and visits. */
@Module({
  controllers: [IdentityNumberController, PetitionersController, CasesController, ContentCategoriesController, VisitsController],
  providers: [IdentityNumberService, PetitionersService, CaseRegistrationService, CaseQueriesService, ContentCategoriesService, VisitsService],
})
export class PetitionsModule {}
