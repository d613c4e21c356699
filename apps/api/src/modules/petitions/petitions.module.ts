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

/** Petitioners, cases and (to come) visits. */
@Module({
  controllers: [IdentityNumberController, PetitionersController, CasesController, ContentCategoriesController],
  providers: [IdentityNumberService, PetitionersService, CaseRegistrationService, CaseQueriesService, ContentCategoriesService],
})
export class PetitionsModule {}
