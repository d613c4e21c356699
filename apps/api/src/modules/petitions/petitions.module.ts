import { Module } from '@nestjs/common';
import { IdentityNumberController } from './identity-number.controller';
import { IdentityNumberService } from './identity-number.service';
import { PetitionersController } from './petitioners.controller';
import { PetitionersService } from './petitioners.service';

/** Petitioners, cases and visits. So far: the resident-ID check and petitioners with protected personal data. */
@Module({ controllers: [IdentityNumberController, PetitionersController], providers: [IdentityNumberService, PetitionersService] })
export class PetitionsModule {}
